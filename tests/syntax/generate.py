"""A generator of large, valid programs in the subset, for timing the front end."""
from __future__ import annotations

_METHOD = """\
  def work{i}(n: Int, xs: Array[Int]): Int = {{
    var sum = 0
    var i = 0
    while (i < n && i < xs.length) {{
      val v = xs(i) * {i} + (i << 2) - sum % 7
      if (v > 100 || v == -1) sum += v else sum -= 1
      i += 1
    }}
    for (k <- 0 until n) sum = sum + helper{i}(k, "s" + k)
    val label = s"sum $sum at ${{i + 1}}"
    println(label)
    sum match {{
      case 0 => 1
      case 1 | 2 => 2
      case k if k < 0 => -k
      case _ => sum / 2
    }}
  }}

  def helper{i}(k: Int, s: String): Int = if (s.length > k) k * 2 else 0x7F + 'a'.toInt

"""


def generate(lines: int) -> str:
    """A program of about `lines` lines: one object holding many methods."""
    out = ["object Big {\n"]
    count = 1
    i = 0
    while count < lines - 5:
        chunk = _METHOD.format(i=i)
        out.append(chunk)
        count += chunk.count("\n")
        i += 1
    out.append("  def main(args: Array[String]): Unit = {\n    println(work0(3, Array(1, 2, 3)))\n  }\n}\n")
    return "".join(out)
