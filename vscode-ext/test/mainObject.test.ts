import { describe, expect, it } from 'vitest';
import { mainObjectAt, objectsIn } from '../src/mainObject';

const TEXT = `package app

object Tool {
  // object Fake { def main(args: Array[String]): Unit = () }
  def main(args: Array[String]): Unit = println("{ tool }")
}

object Helper {
  def twice(n: Int): Int = n * 2
}

object Main {
  def main(args: Array[String]): Unit = println(Helper.twice(21))
}
`;

describe('the object whose main the run command starts', () => {
  it('finds each object, its extent and whether it has a main (comments and strings do not count)', () => {
    expect(objectsIn(TEXT).map((o) => [o.name, o.hasMain])).toEqual([['Tool', true], ['Helper', false], ['Main', true]]);
  });

  it('takes the object under the cursor when it defines main', () => {
    expect(mainObjectAt(TEXT, TEXT.indexOf('println("{ tool }")'))).toBe('Tool');
    expect(mainObjectAt(TEXT, TEXT.indexOf('Helper.twice(21)'))).toBe('Main');
  });

  it('has no opinion elsewhere: the server runs the project main', () => {
    expect(mainObjectAt(TEXT, TEXT.indexOf('n * 2'))).toBeUndefined();
    expect(mainObjectAt(TEXT, 0)).toBeUndefined();
  });
});
