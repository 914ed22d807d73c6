//! Commits and what hangs off them: the commit itself (listed, embedded or in detail), the diff
//! of one file, the comments, statuses, references and signature of a commit.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{PipelineBasic, SshKey, UserBasic};

/// A commit, as GitLab lists it and embeds it in branches, tags, merge requests and comparisons.
///
/// The same entity answers for a single commit and for a commit just created, which add the
/// detail fields (`stats`, `status`, `last_pipeline`, `project_id`); a list adds `stats` only
/// when asked with `with_stats`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Commit {
    /// Full SHA of the commit.
    pub id: String,
    /// Abbreviated SHA.
    pub short_id: String,
    /// First line of the commit message.
    pub title: String,
    /// Whole commit message.
    pub message: String,
    /// When the commit was created, the same as `committed_date` (missing from some responses).
    pub created_at: Option<DateTime<Utc>>,
    /// SHAs of the parent commits.
    pub parent_ids: Vec<String>,
    /// Name of the author.
    pub author_name: String,
    /// Email address of the author.
    pub author_email: String,
    /// When the change was authored.
    // GitLab always sends it, but the second commit of the docs' list example lacks it.
    pub authored_date: Option<DateTime<Utc>>,
    /// Name of the committer.
    pub committer_name: String,
    /// Email address of the committer.
    pub committer_email: String,
    /// When the commit was made.
    // GitLab always sends it, but the second commit of the docs' list example lacks it.
    pub committed_date: Option<DateTime<Utc>>,
    /// Git trailers of the message (`Signed-off-by`, ...), by key, the last value of each; filled
    /// when the list was asked with `trailers=true` (newer GitLab versions).
    pub trailers: Option<BTreeMap<String, String>>,
    /// Git trailers of the message with every value of each key (newer GitLab versions).
    pub extended_trailers: Option<BTreeMap<String, Vec<String>>>,
    /// Page of the commit in the web interface (newer GitLab versions).
    pub web_url: Option<String>,
    /// Lines added and removed (a single or new commit, or a list asked `with_stats`).
    pub stats: Option<CommitStats>,
    /// Status of the commit's latest pipeline (`running`, `success`, ...); `null` without one
    /// (a single or new commit only).
    pub status: Option<String>,
    /// Latest pipeline run for the commit, in short form (a single commit only).
    pub last_pipeline: Option<PipelineBasic>,
    /// ID of the project the commit was read from (a single or new commit, newer versions).
    pub project_id: Option<u64>,
}

/// How many lines a commit adds and removes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CommitStats {
    /// Lines added.
    pub additions: u64,
    /// Lines removed.
    pub deletions: u64,
    /// Lines added and removed together.
    pub total: u64,
}

/// The changes to one file, as a commit, a comparison or a merge request shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Diff {
    /// Unified diff of the file (without the `diff --git` header).
    pub diff: String,
    /// Path of the file after the change.
    pub new_path: String,
    /// Path of the file before the change.
    pub old_path: String,
    /// File mode before the change (`100644`); `null` for a new file.
    pub a_mode: Option<String>,
    /// File mode after the change; `null` for a deleted file.
    pub b_mode: Option<String>,
    /// Whether the change creates the file.
    pub new_file: bool,
    /// Whether the change renames the file.
    pub renamed_file: bool,
    /// Whether the change deletes the file.
    pub deleted_file: bool,
}

/// Kind of a reference that contains a commit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitRefType {
    /// A branch.
    Branch,
    /// A tag.
    Tag,
}

/// A branch or a tag whose history contains a commit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CommitRef {
    /// Whether it is a branch or a tag.
    #[serde(rename = "type")]
    pub r#type: CommitRefType,
    /// Name of the branch or tag.
    pub name: String,
}

/// Side of the diff a commit comment is attached to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CommitLineType {
    /// A line of the new version (added or unchanged).
    New,
    /// A line of the old version (removed).
    Old,
}

/// A comment on a commit, possibly on one line of one of its files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CommitNote {
    /// Markdown text of the comment.
    pub note: String,
    /// File the comment is on, relative to the repository root; `null` for a comment on the
    /// whole commit.
    pub path: Option<String>,
    /// Line the comment is on; `null` for a comment on the whole commit.
    pub line: Option<u64>,
    /// Side of the diff the line belongs to; `null` for a comment on the whole commit.
    pub line_type: Option<CommitLineType>,
    /// Who wrote the comment.
    pub author: UserBasic,
    /// When the comment was written.
    // GitLab always sends it, but the docs' list example lacks it.
    pub created_at: Option<DateTime<Utc>>,
}

/// A status of a commit: a CI job of its pipelines or a status posted by an external system.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct CommitStatus {
    /// Numeric ID of the status (the job ID for CI jobs).
    pub id: u64,
    /// Commit the status is for.
    pub sha: String,
    /// Branch or tag the status is for; `null` when not given.
    #[serde(rename = "ref")]
    pub r#ref: Option<String>,
    /// State (`created`, `pending`, `running`, `success`, `failed`, `canceled`, `skipped`,
    /// `manual`, ...).
    pub status: String,
    /// Name telling this status apart from the others of the commit (`default` when not given).
    pub name: String,
    /// Address to learn more about the status; `null` when not given.
    pub target_url: Option<String>,
    /// Short description; `null` when not given.
    pub description: Option<String>,
    /// When the status was created.
    pub created_at: DateTime<Utc>,
    /// When the work started; `null` before.
    pub started_at: Option<DateTime<Utc>>,
    /// When the work finished; `null` before.
    pub finished_at: Option<DateTime<Utc>>,
    /// Whether a failure of this status leaves the pipeline passing.
    pub allow_failure: bool,
    /// Code coverage in percent; `null` or missing when not known.
    pub coverage: Option<f64>,
    /// ID of the pipeline the status belongs to (newer GitLab versions).
    pub pipeline_id: Option<u64>,
    /// Who created the status.
    pub author: UserBasic,
}

/// Kind of signature on a commit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub enum CommitSignatureType {
    /// An OpenPGP (GPG) signature.
    #[serde(rename = "PGP")]
    Pgp,
    /// An X.509 (S/MIME) signature.
    #[serde(rename = "X509")]
    X509,
    /// An SSH signature.
    #[serde(rename = "SSH")]
    Ssh,
}

/// The signature of a signed commit, as verified by GitLab.
///
/// Which fields are present depends on `signature_type`: the `gpg_key_*` fields for PGP,
/// `x509_certificate` for X.509, `key` for SSH.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CommitSignature {
    /// Kind of signature.
    pub signature_type: CommitSignatureType,
    /// Outcome of the verification (`verified`, `unverified`, `same_user_different_email`,
    /// `other_user`, `unverified_key`, `unknown_key`, `multiple_signatures`, `revoked_key`, ...).
    pub verification_status: String,
    /// ID of the user's GPG key that made the signature (PGP); `null` when it is unknown.
    pub gpg_key_id: Option<u64>,
    /// Primary key ID of that GPG key (PGP).
    pub gpg_key_primary_keyid: Option<String>,
    /// Name on that GPG key (PGP).
    pub gpg_key_user_name: Option<String>,
    /// Email address on that GPG key (PGP).
    pub gpg_key_user_email: Option<String>,
    /// ID of the GPG subkey that made the signature, when a subkey did (PGP).
    pub gpg_key_subkey_id: Option<u64>,
    /// Certificate that made the signature (X.509).
    pub x509_certificate: Option<X509Certificate>,
    /// The user's SSH key that made the signature, when it is known (SSH).
    pub key: Option<SshKey>,
    /// Where the signature was read from (`gitaly`).
    pub commit_source: Option<String>,
}

/// An X.509 certificate that signed commits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct X509Certificate {
    /// Numeric ID of the certificate in GitLab.
    pub id: u64,
    /// Subject distinguished name.
    pub subject: String,
    /// Subject key identifier, as colon-separated hexadecimal bytes.
    pub subject_key_identifier: String,
    /// Email address in the certificate.
    pub email: String,
    /// Serial number: a JSON integer that can exceed 64 bits.
    pub serial_number: u128,
    /// Status of the certificate (`good`, `revoked`).
    pub certificate_status: String,
    /// Authority that issued the certificate.
    pub x509_issuer: X509Issuer,
}

/// The authority that issued an X.509 certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct X509Issuer {
    /// Numeric ID of the issuer in GitLab.
    pub id: u64,
    /// Subject distinguished name of the issuer.
    pub subject: String,
    /// Subject key identifier of the issuer, as colon-separated hexadecimal bytes.
    pub subject_key_identifier: String,
    /// Address of the issuer's certificate revocation list.
    pub crl_url: String,
}
