// java.util.regex as String.split, replaceAll, replaceFirst and matches use it: the pattern is compiled into a small
// program (Russ Cox's backtracking VM: CHAR, ANY, CLASS, SPLIT, JMP, SAVE, ...) run depth first, so greedy and reluctant
// quantifiers, alternation and groups choose as Java's backtracking matcher does. Supported: literals and escapes,
// `.`, classes (`[a-z]`, `[^...]`, `\d \w \s` and their negations, also inside classes), `^`, `$`, `\b`, groups
// (capturing and `(?:...)`), lookahead and lookbehind (`(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`), `|`, `* + ?` and `{n}`, `{n,}`, `{n,m}` (each also reluctant with `?`).

final class IntBuf {
  var items: Array[Int] = new Array[Int](16)
  var size: Int = 0
  def add(x: Int): Unit = {
    if (size == items.length) {
      val bigger = new Array[Int](size * 2)
      var i = 0
      while (i < size) { bigger(i) = items(i); i += 1 }
      items = bigger
    }
    items(size) = x
    size += 1
  }
  def addAll(other: IntBuf): Unit = { var i = 0; while (i < other.size) { add(other.items(i)); i += 1 } }
}

final class Regex(val pattern: String) {
  // Instructions are triples (op, a, b); jumps are relative to the instruction.
  private val CHAR = 0; private val ANY = 1; private val CLASS = 2; private val NCLASS = 3; private val SPLIT = 4
  private val JMP = 5; private val SAVE = 6; private val MATCH = 7; private val BOL = 8; private val EOL = 9
  private val WORDB = 10; private val NWORDB = 11; private val LOOK = 12
  private var looks: Array[Regex] = new Array[Regex](2)
  private var lookCount = 0
  var requiredEnd = -1 // where a match must end (matches: the text's end; a lookbehind: where it stands)
  private var classes: Array[IntBuf] = new Array[IntBuf](4)
  private var classCount = 0
  private var pos = 0
  var groups = 0
  private val code: IntBuf = compile()
  var caps: Array[Int] = new Array[Int](2 * groups + 2)
  var text: String = ""

  private def fail(message: String): Nothing =
    throw new IllegalArgumentException(message + " near index " + pos + "\n" + pattern)

  private def compile(): IntBuf = {
    val body = alternation()
    if (pos < pattern.length) fail("Unmatched closing ')'")
    val out = new IntBuf
    out.addAll(body)
    emit(out, MATCH, 0, 0)
    out
  }

  private def emit(b: IntBuf, op: Int, x: Int, y: Int): Unit = { b.add(op); b.add(x); b.add(y) }
  private def count(b: IntBuf): Int = b.size / 3

  private def alternation(): IntBuf = {
    var left = sequence()
    while (pos < pattern.length && pattern.charAt(pos) == '|') {
      pos += 1
      val right = sequence()
      val b = new IntBuf
      emit(b, SPLIT, 1, count(left) + 2)
      b.addAll(left)
      emit(b, JMP, count(right) + 1, 0)
      b.addAll(right)
      left = b
    }
    left
  }

  private def sequence(): IntBuf = {
    val b = new IntBuf
    while (pos < pattern.length && pattern.charAt(pos) != '|' && pattern.charAt(pos) != ')') b.addAll(quantified())
    b
  }

  private def quantified(): IntBuf = {
    val start = pos
    val atomCode = atom()
    if (pos >= pattern.length) return atomCode
    val c = pattern.charAt(pos)
    var lo = -1
    var hi = -1
    if (c == '*') { lo = 0; hi = -1; pos += 1 }
    else if (c == '+') { lo = 1; hi = -1; pos += 1 }
    else if (c == '?') { lo = 0; hi = 1; pos += 1 }
    else if (c == '{' && pos + 1 < pattern.length && CharLib.isDigit(pattern.charAt(pos + 1))) {
      pos += 1
      lo = number()
      hi = lo
      if (pos < pattern.length && pattern.charAt(pos) == ',') {
        pos += 1
        hi = if (pos < pattern.length && CharLib.isDigit(pattern.charAt(pos))) number() else -1
      }
      if (pos >= pattern.length || pattern.charAt(pos) != '}') fail("Unclosed counted closure")
      pos += 1
    } else return atomCode
    var reluctant = false
    if (pos < pattern.length && pattern.charAt(pos) == '?') { reluctant = true; pos += 1 }
    else if (pos < pattern.length && pattern.charAt(pos) == '+') pos += 1 // possessive: as greedy here
    val b = new IntBuf
    var i = 0
    while (i < lo) { b.addAll(atomCode); i += 1 }
    val n = count(atomCode)
    if (hi < 0) {
      emit(b, SPLIT, if (reluctant) n + 2 else 1, if (reluctant) 1 else n + 2)
      b.addAll(atomCode)
      emit(b, JMP, -(n + 1), 0)
    } else {
      var k = lo
      while (k < hi) {
        emit(b, SPLIT, if (reluctant) n + 1 else 1, if (reluctant) 1 else n + 1)
        b.addAll(atomCode)
        k += 1
      }
    }
    b
  }

  private def number(): Int = {
    var n = 0
    while (pos < pattern.length && CharLib.isDigit(pattern.charAt(pos))) { n = n * 10 + (pattern.charAt(pos) - '0'); pos += 1 }
    n
  }

  private def atom(): IntBuf = {
    val b = new IntBuf
    val c = pattern.charAt(pos)
    pos += 1
    if (c == '(' && pos + 1 < pattern.length && pattern.charAt(pos) == '?' &&
        (pattern.charAt(pos + 1) == '=' || pattern.charAt(pos + 1) == '!' ||
          (pattern.charAt(pos + 1) == '<' && pos + 2 < pattern.length &&
            (pattern.charAt(pos + 2) == '=' || pattern.charAt(pos + 2) == '!')))) {
      // lookaround: its own pattern, matched where the main one stands without consuming anything
      val behind = pattern.charAt(pos + 1) == '<'
      pos += (if (behind) 2 else 1)
      val negative = pattern.charAt(pos) == '!'
      pos += 1
      val start = pos
      val saved = groups
      alternation()
      groups = saved
      if (pos >= pattern.length || pattern.charAt(pos) != ')') fail("Unclosed group")
      val sub = new Regex(pattern.substring(start, pos))
      pos += 1
      if (lookCount == looks.length) {
        val bigger = new Array[Regex](lookCount * 2)
        var i = 0
        while (i < lookCount) { bigger(i) = looks(i); i += 1 }
        looks = bigger
      }
      looks(lookCount) = sub
      lookCount += 1
      emit(b, LOOK, lookCount - 1, (if (behind) 2 else 0) + (if (negative) 1 else 0))
    } else if (c == '(') {
      var capturing = true
      if (pos + 1 < pattern.length && pattern.charAt(pos) == '?' && pattern.charAt(pos + 1) == ':') {
        capturing = false
        pos += 2
      }
      groups += (if (capturing) 1 else 0)
      val k = groups
      val inner = alternation()
      if (pos >= pattern.length || pattern.charAt(pos) != ')') fail("Unclosed group")
      pos += 1
      if (capturing) emit(b, SAVE, 2 * k, 0)
      b.addAll(inner)
      if (capturing) emit(b, SAVE, 2 * k + 1, 0)
    } else if (c == '[') {
      var negated = false
      if (pos < pattern.length && pattern.charAt(pos) == '^') { negated = true; pos += 1 }
      val ranges = new IntBuf
      var first = true
      while (pos < pattern.length && (first || pattern.charAt(pos) != ']')) {
        first = false
        var lo = pattern.charAt(pos).toInt
        pos += 1
        if (lo == '\\') lo = classEscape(ranges)
        if (lo >= 0) {
          var hi = lo
          if (pos + 1 < pattern.length && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
            pos += 1
            hi = pattern.charAt(pos).toInt
            pos += 1
            if (hi == '\\') hi = classEscape(ranges)
            if (hi < lo) fail("Illegal character range")
          }
          ranges.add(lo); ranges.add(hi)
        }
      }
      if (pos >= pattern.length) fail("Unclosed character class")
      pos += 1
      emit(b, if (negated) NCLASS else CLASS, newClass(ranges), 0)
    } else if (c == '.') emit(b, ANY, 0, 0)
    else if (c == '^') emit(b, BOL, 0, 0)
    else if (c == '$') emit(b, EOL, 0, 0)
    else if (c == '\\') {
      if (pos >= pattern.length) fail("Unexpected internal error")
      val e = pattern.charAt(pos)
      pos += 1
      if (e == 'b') emit(b, WORDB, 0, 0)
      else if (e == 'B') emit(b, NWORDB, 0, 0)
      else if (e == 'd' || e == 'w' || e == 's') { val r = new IntBuf; named(r, e); emit(b, CLASS, newClass(r), 0) }
      else if (e == 'D' || e == 'W' || e == 'S') {
        val r = new IntBuf
        named(r, CharLib.toLower(e))
        emit(b, NCLASS, newClass(r), 0)
      } else emit(b, CHAR, escaped(e), 0)
    } else if (c == '*' || c == '+' || c == '?') fail("Dangling meta character '" + c + "'")
    else emit(b, CHAR, c.toInt, 0)
    b
  }

  // A `\x` inside a class: a character, or (-1) a named class added to ranges.
  private def classEscape(ranges: IntBuf): Int = {
    val e = pattern.charAt(pos)
    pos += 1
    if (e == 'd' || e == 'w' || e == 's') { named(ranges, e); -1 }
    else if (e == 'D' || e == 'W' || e == 'S') { ranges.add(-2); ranges.add(CharLib.toLower(e).toInt); -1 }
    else escaped(e)
  }

  private def escaped(e: Char): Int =
    if (e == 't') 9 else if (e == 'n') 10 else if (e == 'r') 13 else if (e == 'f') 12 else if (e == 'e') 27
    else if (e == '0') 0 else if (CharLib.isLetterOrDigit(e)) fail("Illegal/unsupported escape sequence") else e.toInt

  private def named(r: IntBuf, e: Char): Unit = {
    if (e == 'd') { r.add('0'); r.add('9') }
    else if (e == 'w') { r.add('a'); r.add('z'); r.add('A'); r.add('Z'); r.add('0'); r.add('9'); r.add('_'); r.add('_') }
    else { r.add(' '); r.add(' '); r.add(9); r.add(13) }
  }

  private def newClass(ranges: IntBuf): Int = {
    if (classCount == classes.length) {
      val bigger = new Array[IntBuf](classCount * 2)
      var i = 0
      while (i < classCount) { bigger(i) = classes(i); i += 1 }
      classes = bigger
    }
    classes(classCount) = ranges
    classCount += 1
    classCount - 1
  }

  private def inClass(k: Int, c: Int): Boolean = {
    val r = classes(k)
    var i = 0
    while (i < r.size) {
      val lo = r.items(i)
      val hi = r.items(i + 1)
      if (lo == -2) {
        val sub = new IntBuf
        named(sub, hi.toChar)
        var inside = false
        var j = 0
        while (j < sub.size) { if (c >= sub.items(j) && c <= sub.items(j + 1)) inside = true; j += 2 }
        if (!inside) return true
      } else if (c >= lo && c <= hi) return true
      i += 2
    }
    false
  }

  private def isWord(i: Int): Boolean =
    i >= 0 && i < text.length && { val c = text.charAt(i); CharLib.isLetterOrDigit(c) || c == '_' }

  def run(pc0: Int, sp0: Int): Int = {
    var pc = pc0
    var sp = sp0
    val items = code.items
    val n = text.length
    while (true) {
      val op = items(pc * 3)
      val x = items(pc * 3 + 1)
      if (op == CHAR) {
        if (sp < n && text.charAt(sp).toInt == x) { pc += 1; sp += 1 } else return -1
      } else if (op == ANY) {
        if (sp < n && { val c = text.charAt(sp); c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029' }) {
          pc += 1; sp += 1
        } else return -1
      } else if (op == CLASS || op == NCLASS) {
        if (sp < n && inClass(x, text.charAt(sp).toInt) == (op == CLASS)) { pc += 1; sp += 1 } else return -1
      } else if (op == SPLIT) {
        val r = run(pc + x, sp)
        if (r >= 0) return r
        pc += items(pc * 3 + 2)
      } else if (op == JMP) pc += x
      else if (op == SAVE) {
        val old = caps(x)
        caps(x) = sp
        val r = run(pc + 1, sp)
        if (r >= 0) return r
        caps(x) = old
        return -1
      } else if (op == MATCH) {
        return if (requiredEnd >= 0 && sp != requiredEnd) -1 else sp
      } else if (op == LOOK) {
        val how = items(pc * 3 + 2)
        if (look(looks(x), how >= 2, sp) == ((how & 1) == 0)) pc += 1 else return -1
      } else if (op == BOL) {
        if (sp == 0) pc += 1 else return -1
      } else if (op == EOL) {
        if (sp == n || (sp == n - 1 && text.charAt(sp) == '\n')) pc += 1 else return -1
      } else {
        val boundary = isWord(sp - 1) != isWord(sp)
        if (boundary == (op == WORDB)) pc += 1 else return -1
      }
    }
    -1
  }

  // Whether the lookaround's pattern matches from `at` on (ahead) or up to `at` (behind), in the same text.
  private def look(sub: Regex, behind: Boolean, at: Int): Boolean = {
    sub.text = text
    sub.requiredEnd = if (behind) at else -1
    var start = if (behind) 0 else at
    var found = false
    while (!found && start <= at) {
      var i = 0
      while (i < sub.caps.length) { sub.caps(i) = -1; i += 1 }
      found = sub.run(0, start) >= 0
      start += 1
    }
    found
  }

  // The first match starting at `from` or later: caps(0), caps(1) its bounds; false when there is none.
  def find(s: String, from: Int): Boolean = {
    text = s
    var start = from
    while (start <= s.length) {
      var i = 0
      while (i < caps.length) { caps(i) = -1; i += 1 }
      val end = run(0, start)
      if (end >= 0) { caps(0) = start; caps(1) = end; return true }
      start += 1
    }
    false
  }

  def matches(s: String): Boolean = {
    requiredEnd = s.length
    text = s
    var i = 0
    while (i < caps.length) { caps(i) = -1; i += 1 }
    val end = run(0, 0)
    requiredEnd = -1
    end == s.length
  }
}

object Regexes {
  private def isMeta(c: Char): Boolean =
    c == '.' || c == '$' || c == '|' || c == '(' || c == ')' || c == '[' || c == '{' || c == '^' || c == '?' ||
      c == '*' || c == '+' || c == '\\'

  // String.split's fast path: a single character that is not a metacharacter, or an escaped non-alphanumeric one.
  def literalSeparator(regex: String): Boolean =
    (regex.length == 1 && !isMeta(regex.charAt(0))) ||
      (regex.length == 2 && regex.charAt(0) == '\\' && !CharLib.isLetterOrDigit(regex.charAt(1)))

  def split(s: String, regex: String): Array[String] = {
    if (literalSeparator(regex)) return StringLib.split(s, regex.charAt(regex.length - 1).toString)
    // split(regex, -1) without its trailing empty pieces; with no match at all it is s itself, even an empty one
    val all = split(s, regex, -1)
    var count = all.length
    if (count == 1) return all
    while (count > 0 && all(count - 1).length == 0) count -= 1
    if (count == all.length) return all
    val out = new Array[String](count)
    var i = 0
    while (i < count) { out(i) = all(i); i += 1 }
    out
  }

  // String.split(regex, limit): at most `limit` pieces when it is positive (the last one the rest of s), and the
  // trailing empty pieces kept unless it is 0 (which is split(regex)).
  def split(s: String, regex: String, limit: Int): Array[String] = {
    if (limit == 0) return split(s, regex)
    val r = new Regex(regex)
    val pieces = new Array[String](s.length + 1)
    var count = 0
    var index = 0
    var from = 0
    while (from <= s.length && (limit < 0 || count < limit - 1) && r.find(s, from)) {
      val start = r.caps(0)
      val end = r.caps(1)
      if (!(index == 0 && start == 0 && end == 0)) { // no leading empty piece for a zero-width match at 0
        pieces(count) = s.substring(index, start)
        count += 1
        index = end
      }
      from = if (end == start) end + 1 else end
    }
    pieces(count) = s.substring(index, s.length)
    count += 1
    val out = new Array[String](count)
    var i = 0
    while (i < count) { out(i) = pieces(i); i += 1 }
    out
  }

  def replace(s: String, regex: String, replacement: String, all: Boolean): String = {
    val r = new Regex(regex)
    val b = new StringBuilder
    var index = 0
    var from = 0
    var going = true
    while (going && from <= s.length && r.find(s, from)) {
      val start = r.caps(0)
      val end = r.caps(1)
      b.append(s.substring(index, start))
      appendReplacement(b, r, s, replacement)
      index = end
      from = if (end == start) end + 1 else end
      if (end == start && start < s.length) { b.append(s.charAt(start)); index = start + 1 }
      going = all
    }
    b.append(s.substring(index, s.length))
    b.toString
  }

  private def appendReplacement(b: StringBuilder, r: Regex, s: String, replacement: String): Unit = {
    var i = 0
    while (i < replacement.length) {
      val c = replacement.charAt(i)
      if (c == '\\' && i + 1 < replacement.length) { b.append(replacement.charAt(i + 1)); i += 2 }
      else if (c == '$' && i + 1 < replacement.length && CharLib.isDigit(replacement.charAt(i + 1))) {
        val g = replacement.charAt(i + 1) - '0'
        if (g > r.groups) throw new IndexOutOfBoundsException("No group " + g)
        if (r.caps(2 * g) >= 0) b.append(s.substring(r.caps(2 * g), r.caps(2 * g + 1)))
        i += 2
      } else { b.append(c); i += 1 }
    }
  }

  def replaceAll(s: String, regex: String, replacement: String): String = replace(s, regex, replacement, true)
  def replaceFirst(s: String, regex: String, replacement: String): String = replace(s, regex, replacement, false)
  def matches(s: String, regex: String): Boolean = new Regex(regex).matches(s)
}
