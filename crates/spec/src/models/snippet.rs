//! snippet models (being described).
