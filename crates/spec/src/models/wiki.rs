//! wiki models (being described).
