/**
 * Which `main` the run command starts: the one of the object under the cursor when that object defines `main`,
 * else none in particular (the server then runs the project's configured main, or the program's only one).
 * A light scan of the text (comments and strings skipped), so it works before the server has analysed the file.
 */

interface ObjectSpan {
  name: string;
  start: number; // offset of the `object` keyword
  end: number; // offset just after the closing brace
  hasMain: boolean;
}

/** Every `object Name { ... }` of the text with its extent, in order of appearance. */
export function objectsIn(text: string): ObjectSpan[] {
  const code = blankCommentsAndStrings(text);
  const found: ObjectSpan[] = [];
  const pattern = /\bobject\s+([A-Za-z_$][\w$]*)[^{;]*?\{/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(code)) !== null) {
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let end = code.length;
    for (let i = open; i < code.length; i++) {
      if (code[i] === '{') depth++;
      else if (code[i] === '}' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    const body = code.slice(open, end);
    found.push({ name: m[1], start: m.index, end, hasMain: /\bdef\s+main\s*\(/.test(body) });
  }
  return found;
}

/** The innermost object around the offset that defines `main`, or undefined. */
export function mainObjectAt(text: string, offset: number): string | undefined {
  const around = objectsIn(text).filter((o) => o.hasMain && o.start <= offset && offset <= o.end);
  around.sort((a, b) => (a.end - a.start) - (b.end - b.start));
  return around[0]?.name;
}

/** The text with comments and string literals replaced by spaces (offsets unchanged). */
function blankCommentsAndStrings(text: string): string {
  const out = text.split('');
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  while (i < text.length) {
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (text.startsWith('"""', i)) {
      const end = text.indexOf('"""', i + 3);
      const stop = end < 0 ? text.length : end + 3;
      blank(i, stop);
      i = stop;
    } else if (text[i] === '"') {
      let k = i + 1;
      while (k < text.length && text[k] !== '"' && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1;
      blank(i, k + 1);
      i = k + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}
