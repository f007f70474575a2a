// Source: the "cake pattern" of Martin Odersky and Matthias Zenger, "Scalable Component Abstractions" (OOPSLA 2005),
// as Jonas Bonér's "Real-World Scala: Dependency Injection" (2008) writes it: a UserRepositoryComponent and a
// UserServiceComponent whose service uses the repository through a self type (`this: UserRepositoryComponent =>`),
// wired together in a ComponentRegistry object; plus the Scala-by-Example style of traits with self aliases.
// Adapted: the repository keeps its users in arrays instead of a database; a second registry swaps in a fake
// repository, as the article does for testing; printing added to show results.
object Main {
  class User(val username: String, val password: String) {
    override def toString = "User(" + username + ")"
  }

  trait UserRepositoryComponent {
    def userRepository: UserRepository

    trait UserRepository {
      def authenticate(user: User): Boolean
      def create(user: User): Unit
      def delete(user: User): Unit
      def count: Int
    }
  }

  trait UserServiceComponent { this: UserRepositoryComponent =>
    def userService: UserService

    class UserService {
      def authenticate(username: String, password: String): Boolean =
        userRepository.authenticate(new User(username, password))
      def create(username: String, password: String) = userRepository.create(new User(username, password))
      def delete(user: User) = userRepository.delete(user)
      def size = userRepository.count
    }
  }

  class ArrayRepository(log: String => Unit) {
    private var names: Array[String] = Array()
    private var passwords: Array[String] = Array()
    def authenticate(user: User): Boolean = {
      val i = names.indexOf(user.username)
      i >= 0 && passwords(i) == user.password
    }
    def create(user: User): Unit = {
      log("creating " + user)
      names = names :+ user.username
      passwords = passwords :+ user.password
    }
    def delete(user: User): Unit = {
      log("deleting " + user)
      val i = names.indexOf(user.username)
      if (i >= 0) {
        names = names.filter(n => n != user.username)
        passwords = (0 until passwords.length).filter(k => k != i).map(k => passwords(k)).toArray
      }
    }
    def count = names.length
  }

  trait Logging { self =>
    def prefix: String
    def log(msg: String): Unit = println(self.prefix + msg)
  }

  class Registry(name: String) extends UserServiceComponent with UserRepositoryComponent with Logging {
    def prefix = "[" + name + "] "
    private val store = new ArrayRepository(msg => log(msg))
    val userRepository = new UserRepository {
      def authenticate(user: User) = store.authenticate(user)
      def create(user: User) = store.create(user)
      def delete(user: User) = store.delete(user)
      def count = store.count
    }
    val userService = new UserService
  }

  class FakeRegistry extends UserServiceComponent with UserRepositoryComponent {
    var calls = 0
    val userRepository = new UserRepository {
      def authenticate(user: User) = { calls += 1; user.password == "secret" }
      def create(user: User) = calls += 1
      def delete(user: User) = calls += 1
      def count = 42
    }
    val userService = new UserService
  }

  def main(args: Array[String]): Unit = {
    val registry = new Registry("live")
    val service = registry.userService
    service.create("ann", "pw1")
    service.create("bob", "pw2")
    println(service.authenticate("ann", "pw1") + " " + service.authenticate("ann", "nope") + " " +
      service.authenticate("cy", "pw1"))
    service.delete(new User("ann", ""))
    println(service.authenticate("ann", "pw1") + " " + service.size)
    val fake = new FakeRegistry
    println(fake.userService.authenticate("x", "secret") + " " + fake.userService.authenticate("x", "y"))
    fake.userService.create("z", "z")
    println(fake.userService.size + " " + fake.calls)
  }
}
