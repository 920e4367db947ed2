//! Who is calling. Every API call carries a bearer access token from an
//! OpenID Connect issuer the operator trusts (Microsoft Entra ID, or in
//! demo mode the server's own demo issuer): verified by [`verify`] with the
//! issuer's keys ([`keys`]), mapped to a role and a partner organisation by
//! [`mapping`]. The user is recorded (name, email) as the token describes
//! them, for history and comments; their role comes from each token, so a
//! role change takes effect with the next sign-in. Handlers take a
//! [`CurrentUser`], a [`PartnerAdmin`] (the three claiming roles of a
//! partner organisation) or a [`Reviewer`], and never look at headers
//! themselves. Every write of a signed-in user counts against their write
//! quota (see [`crate::limits`]).

pub mod demo;
pub mod keys;
pub mod mapping;
pub mod verify;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use cpor_core::access::{roles_needed_text, UserRole};
use cpor_core::api::v1::Me;
use cpor_core::lifecycle::Actor;
use cpor_core::ErrorCode;
use cpor_i18n::{msg, Text};

use crate::error::ApiError;
use crate::store::{Acting, UserRecord};
use crate::AppState;
pub use demo::DemoIssuer;
pub use mapping::RoleMapping;
pub use verify::{Verified, Verifier};

/// How callers are authenticated.
pub struct Auth {
    /// The trusted issuers and their keys.
    pub verifier: Verifier,
    /// Which token roles make which role here.
    pub roles: RoleMapping,
    /// In demo mode, the demo issuer (and the demo sign-in with it).
    pub demo: Option<DemoIssuer>,
    /// In demo mode, the user signed in when the sign-in names none.
    pub demo_user: Option<String>,
    /// How long a demo token lives, in seconds.
    pub demo_token_ttl_secs: u64,
}

/// Seconds since the epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// The signed-in user a request acts for.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub UserRecord);

/// 403 for a token from a tenant no partner organisation here has.
fn tenant_not_registered(tenant: Option<&str>) -> ApiError {
    let detail = match tenant {
        Some(tid) => Text::new(msg::SERVER_TENANT_NOT_REGISTERED, [tid.to_owned().into()]),
        None => msg::SERVER_NO_ORGANISATION.into(),
    };
    ApiError::worded(StatusCode::FORBIDDEN, ErrorCode::TenantNotRegistered, detail)
}

/// The user `verified` describes, recorded (or updated) as it describes
/// them: a reviewer, or a partner user of the organisation of its tenant.
async fn identify(state: &AppState, verified: &Verified) -> Result<UserRecord, ApiError> {
    let role = state.auth.roles.role(verified);
    let mut db = state.store.read().await?;
    let organisation_id = match (role, verified.tenant.as_deref()) {
        (UserRole::Reviewer, _) => None,
        (_, Some(tid)) => Some(db.organisation_by_tenant(tid).await?.ok_or_else(|| tenant_not_registered(Some(tid)))?),
        (_, None) => return Err(tenant_not_registered(None)),
    };
    let known = db.user_by_identity(&verified.issuer, &verified.subject).await?;
    drop(db);
    let mut wanted = UserRecord {
        id: known.as_ref().map(|u| u.id.clone()).unwrap_or_else(crate::ids::user_id),
        name: verified.name.clone().or_else(|| verified.email.clone()).unwrap_or_else(|| verified.subject.clone()),
        email: verified.email.clone().unwrap_or_default(),
        organisation_id,
        role,
    };
    let same = known.as_ref().is_some_and(|k| {
        (&k.name, &k.email, &k.organisation_id, k.role)
            == (&wanted.name, &wanted.email, &wanted.organisation_id, wanted.role)
    });
    if !same {
        crate::failpoints::pause("identify::before_save").await;
        let mut tx = state.store.write().await?;
        wanted.id = tx.save_user(&wanted, &verified.issuer, &verified.subject).await?;
        tx.commit().await?;
    }
    Ok(wanted)
}

impl std::ops::Deref for CurrentUser {
    type Target = UserRecord;
    fn deref(&self) -> &UserRecord {
        &self.0
    }
}

/// The user as the API shows it.
pub fn me(user: &UserRecord) -> Me {
    Me {
        id: user.id.clone(),
        name: user.name.clone(),
        email: user.email.clone(),
        role: user.role,
        organisation: user.organisation_id.clone(),
        can_claim: user.role.can_claim() && user.organisation_id.is_some(),
        can_review: user.role.can_review(),
    }
}

impl CurrentUser {
    /// The user as history and comments record them.
    pub fn acting(&self) -> Acting {
        let actor = if self.role.can_review() { Actor::Reviewer } else { Actor::Partner };
        Acting { id: self.id.clone(), name: self.name.clone(), actor }
    }
}

fn unauthenticated(detail: Text) -> ApiError {
    ApiError::worded(StatusCode::UNAUTHORIZED, ErrorCode::Unauthenticated, detail)
}

/// 403 for a role that may not do this.
fn role_required(detail: Text) -> ApiError {
    ApiError::worded(StatusCode::FORBIDDEN, ErrorCode::RoleRequired, detail)
}

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let Some(token) = header.and_then(|h| h.strip_prefix("Bearer ")) else {
            return Err(unauthenticated(msg::SERVER_NO_BEARER_TOKEN.into()));
        };
        let verified = state.auth.verifier.verify(token.trim(), now()).await.map_err(|e| unauthenticated(e.text()))?;
        let user = identify(state, &verified).await?;
        // The checks are questions, not writes, even though they are POSTs.
        if !parts.method.is_safe() && !parts.uri.path().contains("/checks/") {
            state.write_quota.check(&format!("user:{}", user.id))?;
        }
        Ok(Self(user))
    }
}

/// A partner user with one of the three claiming roles, in an organisation.
#[derive(Clone, Debug)]
pub struct PartnerAdmin {
    /// The user.
    pub user: CurrentUser,
    /// Their organisation: every query is scoped to it.
    pub organisation_id: String,
}

impl PartnerAdmin {
    /// The user as history and comments record them.
    pub fn acting(&self) -> Acting {
        self.user.acting()
    }
}

impl FromRequestParts<AppState> for PartnerAdmin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        match (&user.organisation_id, user.role.can_claim()) {
            (Some(org), true) => Ok(Self { organisation_id: org.clone(), user }),
            _ if user.role.can_review() => Err(role_required(msg::SERVER_REVIEWERS_DO_NOT_CLAIM.into())),
            _ => Err(role_required(roles_needed_text())),
        }
    }
}

/// A Microsoft reviewer.
#[derive(Clone, Debug)]
pub struct Reviewer(pub CurrentUser);

impl FromRequestParts<AppState> for Reviewer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if user.role.can_review() {
            Ok(Self(user))
        } else {
            Err(role_required(msg::SERVER_REVIEWERS_ONLY.into()))
        }
    }
}

/// Whether `role` may see claims at all (partner admins their own,
/// reviewers every one); 403 naming the roles otherwise.
pub fn may_see_claims(role: UserRole) -> Result<(), ApiError> {
    if role.can_review() || role.can_claim() {
        Ok(())
    } else {
        Err(role_required(roles_needed_text()))
    }
}
