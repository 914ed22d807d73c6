//! Projects and what the projects page answers with.
