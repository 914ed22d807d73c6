//! Project hooks and push rules.
