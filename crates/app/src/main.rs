fn main() -> std::process::ExitCode {
    app::cli::stop_quietly_on_closed_stdout();
    app::cli::main()
}
