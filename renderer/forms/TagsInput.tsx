import type { SelectProps } from 'antd';
import { Select } from 'antd';
import { useState } from 'react';

type Props = Pick<SelectProps<string[]>, 'id' | 'value' | 'onChange' | 'placeholder' | 'maxCount' | 'aria-label'>;

const SEPARATORS = [',', '，', '、', ';', '；'];

/**
 * Free-typed words (标签, 科室) as removable chips. The drop-down only opens while something is
 * being typed: antd would otherwise list the chips already chosen a second time, over the boxes
 * below. A word still being typed when the box loses focus is kept, not silently dropped.
 */
export function TagsInput(props: Props) {
  const [typing, setTyping] = useState('');
  const commitTyped = () => {
    const word = typing.trim();
    setTyping('');
    const current = props.value ?? [];
    if (word && !current.includes(word)) props.onChange?.([...current, word], []);
  };
  return (
    <Select
      {...props}
      mode="tags"
      tokenSeparators={SEPARATORS}
      suffixIcon={null}
      open={typing.trim() !== ''}
      showSearch={{ searchValue: typing, onSearch: setTyping }}
      onChange={(value, option) => {
        setTyping('');
        props.onChange?.(value, option);
      }}
      onBlur={commitTyped}
    />
  );
}
