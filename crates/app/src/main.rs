fn main() -> std::process::ExitCode {
    app::cli::main()
}
