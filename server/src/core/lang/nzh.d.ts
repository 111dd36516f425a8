declare module 'nzh/cn' {
  const nzhcn: { decodeS(text: string): number | string; encodeS(value: number): string };
  export default nzhcn;
}
