//! suggestion models (being described).
