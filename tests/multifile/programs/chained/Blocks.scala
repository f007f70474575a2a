package com.acme {
  package apps {
    object Main {
      def main(args: Array[String]): Unit = {
        println(com.acme.Tools.banner())
        println(com.Settings.title)
        println(Helper.twice(21))
        println(com.acme.Tools.banner())
      }
    }
  }
  package apps {
    object Helper {
      def twice(n: Int): Int = n * 2
    }
  }
}
