//! Nothing to use here: this package holds the end-to-end tests (`tests/`) and benchmarks
//! (`benches/`) of the generated `gitlab-client` crate, which run it against real HTTP servers
//! on 127.0.0.1.
