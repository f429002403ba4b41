export interface Category {
  id: number;
  key: string | null;
  name: string;
  aliases: string[];
  outlinePart: string;
  sortOrder: number;
  hidden: boolean;
}
