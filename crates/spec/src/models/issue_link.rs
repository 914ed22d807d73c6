//! Issue link models (being described).
