//! System hook models (being described).
