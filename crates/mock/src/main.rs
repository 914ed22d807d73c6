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
    let address = listener
        .local_addr()
        .map_or_else(|_| "?".into(), |a| a.to_string());
    // Scripts wait for this line; it goes out before anything else.
    println!("listening on http://{address}");
    eprintln!(
        "gitlab-mock: docs at http://{address}/docs, spec at http://{address}/api/v4/openapi.json"
    );
    let shutdown = async {
        // Without a signal handler there is nothing to wait for: serve until killed.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
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
