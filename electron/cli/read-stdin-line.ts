import type { Readable } from 'node:stream';
import { AppError } from '../../shared/errors';

// `--password-stdin`: the password from a pipe or a redirected file, so it is kept out of the
// shell's history and the process list. (Typing it unseen at a console cannot be done portably.)
const LIMIT = 4096;

/** The first line of the stream, without its line ending. */
export function readStdinLine(stream: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (line: string) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.pause();
      resolve(line.replace(/\r$/, ''));
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) done(text.slice(0, end));
      else if (text.length > LIMIT) onError(new AppError('invalid_input', '从标准输入读到的密码过长'));
    };
    const onEnd = () => done(text);
    const onError = (err: Error) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      reject(err);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
