//! access_token models (being described).
