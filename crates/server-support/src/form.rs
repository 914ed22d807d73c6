//! GitLab's (Rack's) decoding of query strings and form bodies: the [`gitlab_wire::decode`]
//! implementation, the one the client's encoder is tested against. Leaves are always strings;
//! [`crate::validate`] coerces them to the declared kinds.

pub(crate) use gitlab_wire::decode::{
    FormParams, decode_component, parse_pairs, percent_decode, raw_pairs,
};
