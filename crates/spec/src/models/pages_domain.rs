//! Pages domain models (being described).
