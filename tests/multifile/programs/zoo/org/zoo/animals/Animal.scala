package org.zoo.animals

class Animal(val name: String, val legs: Int, val kind: Char)
