//! Instance admin models (being described).
