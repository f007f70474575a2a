// Source: Jonas Bonér, "Real-World Scala: Dependency Injection (DI)" (2008,
// https://jonasboner.com/real-world-scala-dependency-injection-di/): the cake pattern, a service component whose
// self type names the two components it needs (`this: UserRepositoryComponent with UserLoggerComponent =>`).
// Adapted: an in-memory repository instead of a database, a logger component added as the second dependency, and
// a driver that wires the registry object and prints what the service did.
class User(val username: String, val password: String) {
  override def toString = "User(" + username + ")"
}

trait UserRepositoryComponent {
  val userRepository: UserRepository
  class UserRepository {
    private var users = new Array[User](0)
    def authenticate(username: String, password: String): User = {
      var found: User = null
      for (u <- users) if (u.username == username && u.password == password) found = u
      found
    }
    def create(user: User): Unit = users = users :+ user
    def count: Int = users.length
  }
}

trait UserLoggerComponent {
  val logger: Logger
  class Logger(prefix: String) {
    private var lines = 0
    def info(message: String): Unit = { lines += 1; println(prefix + " " + lines + ": " + message) }
  }
}

trait UserServiceComponent { this: UserRepositoryComponent with UserLoggerComponent =>
  val userService: UserService
  class UserService {
    def authenticate(username: String, password: String): User = {
      val user = userRepository.authenticate(username, password)
      logger.info("authenticate " + username + " -> " + (if (user == null) "refused" else "ok"))
      user
    }
    def create(username: String, password: String): Unit = {
      userRepository.create(new User(username, password))
      logger.info("created " + username + ", " + userRepository.count + " users")
    }
  }
}

object ComponentRegistry extends UserServiceComponent with UserRepositoryComponent with UserLoggerComponent {
  val userRepository = new UserRepository
  val logger = new Logger("[users]")
  val userService = new UserService
}

object Main {
  def main(args: Array[String]): Unit = {
    val service = ComponentRegistry.userService
    service.create("jonas", "secret")
    service.create("ann", "pw")
    println(service.authenticate("jonas", "secret"))
    println(service.authenticate("ann", "wrong"))
  }
}
