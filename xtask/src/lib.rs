//! Maintainer tasks for the workspace, run as `cargo xtask <task>`; the library half lets
//! benchmarks and tests call the same code as the command.

pub mod bench_codegen;
pub mod bench_mock;
pub mod bench_stateful;
pub mod corpus;
pub mod coverage;
pub mod docs;
pub mod generate;
pub mod yaml;
