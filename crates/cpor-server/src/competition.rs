//! Who else holds or claims a product: read from the live exclusivity keys,
//! judged by `cpor-core`.

use cpor_core::exclusivity::{competition, ClaimKey, Competition, ExistingClaim};
use cpor_core::lifecycle::ClaimStatus;
use sqlx::SqlitePool;

use crate::error::ApiError;

/// How a claim on `key` by `organisation` would fare against the live ones.
pub async fn for_key(db: &SqlitePool, key: &ClaimKey, organisation: &str) -> Result<Competition, ApiError> {
    let key_text = key.to_string();
    let holders: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT organisation_id FROM claim_keys WHERE claim_key = ? AND live = 1")
            .bind(&key_text)
            .fetch_all(db)
            .await?;
    // Live keys belong to live claims; Submitted stands for any of them.
    Ok(competition(
        key,
        organisation,
        holders.iter().map(|(org,)| ExistingClaim { key, organisation_id: org, status: ClaimStatus::Submitted }),
    ))
}

/// The strongest competition over several keys: arbitration over "already
/// yours" over free.
pub fn strongest(found: impl IntoIterator<Item = Competition>) -> Competition {
    let mut result = Competition::Free;
    for c in found {
        result = match (result, c) {
            (_, Competition::Arbitration) | (Competition::Arbitration, _) => Competition::Arbitration,
            (_, Competition::AlreadyClaimedByYou) | (Competition::AlreadyClaimedByYou, _) => {
                Competition::AlreadyClaimedByYou
            }
            _ => Competition::Free,
        };
    }
    result
}
