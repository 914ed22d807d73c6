//! `gitlab-mock`: serves the local fake GitLab until Ctrl-C.

use gitlab_mock::{Command, Options, USAGE, app};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(Command::Serve(options)) => options,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return;
        }
        Err(message) => {
            eprintln!("gitlab-mock: {message}");
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind((options.host.as_str(), options.port)).await
    {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!(
                "gitlab-mock: cannot listen on {}:{}: {error}",
                options.host, options.port
            );
            std::process::exit(1);
        }
    };
    // The Ctrl-C handler is installed before the server says it is ready: a script (or a test)
    // that interrupts it right after its first requests must find it listening for the signal.
    let interrupted = interrupt_signal();
    let address = listener
        .local_addr()
        .map_or_else(|_| "?".into(), |a| a.to_string());
    // Scripts wait for this line; it goes out before anything else.
    println!("listening on http://{address}");
    eprintln!(
        "gitlab-mock: docs at http://{address}/docs, spec at http://{address}/api/v4/openapi.json"
    );
    if let Some(state) = &options.state {
        let (stateful, all) = state.counts();
        eprintln!(
            "gitlab-mock: stateful: {stateful} of {all} operations keep resources in memory, \
             the other {} answer their examples; POST /-/mock/reset, GET /-/mock/state",
            all - stateful
        );
    }
    let shutdown = async {
        interrupted.await;
        eprintln!("gitlab-mock: shutting down");
    };
    let served = axum::serve(listener, app(&options))
        .with_graceful_shutdown(shutdown)
        .await;
    // The request log is written in the background; its last lines go out before exiting.
    gitlab_server_support::flush_log();
    if let Err(error) = served {
        eprintln!("gitlab-mock: {error}");
        std::process::exit(1);
    }
}

/// Resolves on Ctrl-C (SIGINT). On Unix the handler is registered when this is called, not when
/// the future is first polled; without a handler there is nothing to wait for, and the future
/// never resolves (the server runs until killed).
fn interrupt_signal() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let registered = signal(SignalKind::interrupt());
        if registered.is_err() {
            eprintln!("gitlab-mock: no Ctrl-C handler; stop the server by killing it");
        }
        async move {
            match registered {
                Ok(mut interrupts) => {
                    interrupts.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
    }
}
