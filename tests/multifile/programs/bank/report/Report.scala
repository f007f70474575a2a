package bank.report

object Report {
  def line(name: String, balance: Long): String = {
    val padded = if (name.length < 8) name + "        ".substring(0, 8 - name.length) else name
    padded + "|" + balance
  }
}
