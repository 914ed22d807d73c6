//! Who may call the mock: a fixed table of users and tokens, the mock's implementation of
//! [`Authenticate`]. [`TokenTable::sample`] is the table it serves with unless told otherwise.

use std::fmt;

use gitlab_server_support::{
    ApiError, Authenticate, Credential, Identity, Lookup, User, UserRef, bearer_token,
};
use serde::{Deserialize, Serialize};

/// An access token of a user.
#[derive(Clone, Serialize, Deserialize)]
pub struct Token {
    /// The secret value sent by clients.
    pub token: String,
    /// ID of the user the token belongs to.
    pub user_id: u64,
    /// Granted scopes, e.g. `api`, `sudo`.
    pub scopes: Vec<String>,
}

impl fmt::Debug for Token {
    // The secret is never printed, so tokens cannot end up in logs through `{:?}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("token", &"[REDACTED]")
            .field("user_id", &self.user_id)
            .field("scopes", &self.scopes)
            .finish()
    }
}

/// Known users and tokens. Every kind of credential (access token, job token, session cookie)
/// is looked up among [`TokenTable::tokens`].
#[derive(Clone, Default, Serialize, Deserialize)]
pub struct TokenTable {
    /// All users.
    pub users: Vec<User>,
    /// All tokens; each belongs to one of `users`.
    pub tokens: Vec<Token>,
    /// SCIM tokens, accepted by the SCIM API only (as `Authorization: Bearer`).
    #[serde(default)]
    pub scim_tokens: Vec<String>,
}

impl fmt::Debug for TokenTable {
    // Only counts are shown, so a logged table never leaks a secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenTable")
            .field("users", &self.users)
            .field("tokens", &self.tokens)
            .field("scim_tokens", &self.scim_tokens.len())
            .finish()
    }
}

/// Token of the sample administrator `root` with the `api` and `sudo` scopes.
pub const SAMPLE_ADMIN_TOKEN: &str = "glpat-sample-admin-sudo";
/// Token of the sample plain user `alice` with the `api` scope.
pub const SAMPLE_USER_TOKEN: &str = "glpat-sample-user";
/// The sample SCIM token, accepted by the SCIM API only.
pub const SAMPLE_SCIM_TOKEN: &str = "sample-scim-token";
/// Token of the sample administrator `root` with the `api` scope only (no `sudo`).
pub const SAMPLE_ADMIN_NO_SUDO_TOKEN: &str = "glpat-sample-admin-nosudo";

impl TokenTable {
    /// A small table for tests and the mock server.
    ///
    /// Users: `root` (ID 1, administrator), `alice` (ID 2) and `bob` (ID 3).
    /// Tokens:
    /// - [`SAMPLE_ADMIN_TOKEN`] (`glpat-sample-admin-sudo`): `root`, scopes `api`, `sudo`;
    /// - [`SAMPLE_USER_TOKEN`] (`glpat-sample-user`): `alice`, scope `api`;
    /// - [`SAMPLE_ADMIN_NO_SUDO_TOKEN`] (`glpat-sample-admin-nosudo`): `root`, scope `api`;
    /// - [`SAMPLE_SCIM_TOKEN`] (`sample-scim-token`): the SCIM API's token.
    #[must_use]
    pub fn sample() -> Self {
        let user = |id, username: &str, admin| User {
            id,
            username: username.to_owned(),
            admin,
        };
        let token = |token: &str, user_id, scopes: &[&str]| Token {
            token: token.to_owned(),
            user_id,
            scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
        };
        Self {
            users: vec![
                user(1, "root", true),
                user(2, "alice", false),
                user(3, "bob", false),
            ],
            tokens: vec![
                token(SAMPLE_ADMIN_TOKEN, 1, &["api", "sudo"]),
                token(SAMPLE_USER_TOKEN, 2, &["api"]),
                token(SAMPLE_ADMIN_NO_SUDO_TOKEN, 1, &["api"]),
            ],
            scim_tokens: vec![SAMPLE_SCIM_TOKEN.to_owned()],
        }
    }

    /// The owner and scopes of the token with this secret value.
    #[must_use]
    pub fn identify(&self, secret: &str) -> Option<Identity> {
        let token = self.tokens.iter().find(|t| t.token == secret)?;
        Some(Identity {
            user: self.user(UserRef::Id(token.user_id))?.clone(),
            scopes: token.scopes.clone(),
        })
    }

    /// The user with this ID, or with this username (case-insensitively, as GitLab).
    #[must_use]
    pub fn user(&self, user: UserRef<'_>) -> Option<&User> {
        self.users.iter().find(|u| match user {
            UserRef::Id(id) => u.id == id,
            UserRef::Username(name) => u.username.eq_ignore_ascii_case(name),
        })
    }

    /// Whether `token` is one of the SCIM tokens.
    #[must_use]
    pub fn is_scim_token(&self, token: &str) -> bool {
        self.scim_tokens.iter().any(|t| t == token)
    }

    /// Whether the request carries one of the SCIM tokens as `Authorization: Bearer`.
    #[must_use]
    pub fn has_scim_token(&self, headers: &axum::http::HeaderMap) -> bool {
        bearer_token(headers).is_some_and(|token| self.is_scim_token(token))
    }
}

impl Authenticate for TokenTable {
    async fn authenticate(&self, credential: Credential<'_>) -> Lookup<Identity> {
        Ok(self.identify(credential.secret))
    }

    async fn find_user(&self, user: UserRef<'_>) -> Lookup<User> {
        Ok(self.user(user).cloned())
    }

    async fn accepts_scim_token(&self, token: &str) -> Result<bool, ApiError> {
        Ok(self.is_scim_token(token))
    }
}
