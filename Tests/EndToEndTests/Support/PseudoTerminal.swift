import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a command with a pseudo-terminal as its standard input and output, as a clerk's terminal
/// would be, typing `input` into it.
enum PseudoTerminal {
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, input: String) throws -> CommandResult {
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw HarnessError("openpty failed: errno \(errno)") }
        // Other tests' children must not inherit the terminal, or it would never report EOF.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = CommandRunner.environment(["TERM": "dumb"])
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        do {
            try process.run()
        } catch {
            close(master)
            close(slave)
            throw error
        }
        close(slave)
        let bytes = Array(input.utf8)
        // The typist owns its own descriptor, so closing `master` below cannot pull it away.
        let writerFD = dup(master)
        // Typing happens on its own thread: the terminal's buffer is small, the reader drains it.
        Thread.detachNewThread {
            defer { close(writerFD) }
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(writerFD, $0.baseAddress, min($0.count, 256)) }
                if n > 0 {
                    offset += n
                } else if n < 0 && errno != EINTR {
                    return
                }
            }
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(master, &buffer, buffer.count)
            if n > 0 {
                output += buffer[0..<n]
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                break  // EIO once the command has exited and closed the terminal
            }
        }
        process.waitUntilExit()
        close(master)
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self), stderr: "")
    }
}
