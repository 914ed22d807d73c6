//! Cluster models (being described).
