//! Support for generated string enums that keep unknown values.
//!
//! This module is an implementation detail of the generated client: its
//! enums deserialise any string and map values they do not know to an
//! `Unknown(String)` variant, so a new GitLab release never breaks decoding.
#![doc(hidden)]

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{Error, Visitor};

/// Deserialises a string and converts it with `from`.
///
/// Borrowed strings are passed through without allocating.
pub fn deserialize_str<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    from: fn(&str) -> T,
) -> Result<T, D::Error> {
    deserializer.deserialize_str(StrVisitor {
        from,
        marker: PhantomData,
    })
}

/// Visits any kind of string and hands it to the conversion function.
struct StrVisitor<T> {
    from: fn(&str) -> T,
    marker: PhantomData<fn() -> T>,
}

impl<T> Visitor<'_> for StrVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: Error>(self, value: &str) -> Result<T, E> {
        Ok((self.from)(value))
    }

    fn visit_borrowed_str<E: Error>(self, value: &str) -> Result<T, E> {
        Ok((self.from)(value))
    }

    fn visit_string<E: Error>(self, value: String) -> Result<T, E> {
        Ok((self.from)(&value))
    }
}

#[cfg(test)]
mod tests {
    use super::deserialize_str;

    #[derive(Debug, PartialEq)]
    enum State {
        Opened,
        Unknown(String),
    }

    fn state(text: &str) -> State {
        match text {
            "opened" => State::Opened,
            other => State::Unknown(other.to_owned()),
        }
    }

    #[test]
    fn borrowed_and_owned() {
        let mut de = serde_json::Deserializer::from_str("\"opened\"");
        assert_eq!(deserialize_str(&mut de, state).ok(), Some(State::Opened));
        // An escape forces serde_json to hand over an owned string.
        let mut de = serde_json::Deserializer::from_str("\"lo\\u0063ked\"");
        assert_eq!(
            deserialize_str(&mut de, state).ok(),
            Some(State::Unknown("locked".into()))
        );
        let mut de = serde_json::Deserializer::from_str("3");
        assert!(deserialize_str(&mut de, state).is_err());
    }
}
