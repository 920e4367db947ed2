//! Who a verified token's holder is, for this service: their role, from the
//! Microsoft Entra directory roles in `wids` and the app roles in `roles`,
//! through a mapping the operator configures; their partner organisation,
//! from the token's tenant (`tid`). The operator's identity file (TOML,
//! `--identity`; see EMBEDDING.md) names the issuers to trust, the role
//! mapping and the partner organisations with their tenants and programs.

use std::path::Path;

use cpor_core::access::UserRole;
use cpor_core::{PartnerProgramId, TenantId};
use serde::Deserialize;

use super::verify::Verified;

/// Microsoft Entra's Global Administrator role (template id in `wids`).
pub const ENTRA_GLOBAL_ADMINISTRATOR: &str = "62e90394-69f5-4237-9190-012177145e10";
/// Microsoft Entra's Billing Administrator role (template id in `wids`).
pub const ENTRA_BILLING_ADMINISTRATOR: &str = "b0f54661-2d74-4c50-afa3-1ec803f12efe";
/// The app role of Incentives admins (in `roles`), unless configured.
pub const APP_ROLE_INCENTIVES_ADMIN: &str = "Incentives.Admin";
/// The app role of Microsoft reviewers (in `roles`), unless configured.
pub const APP_ROLE_REVIEWER: &str = "Claims.Reviewer";

/// Which token values (directory role ids or app role names) make each
/// role of this service.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct RoleMapping {
    /// Values that make a Global admin.
    pub global_admin: Vec<String>,
    /// Values that make a Billing admin.
    pub billing_admin: Vec<String>,
    /// Values that make an Incentives admin.
    pub incentives_admin: Vec<String>,
    /// Values that make a Microsoft reviewer.
    pub reviewer: Vec<String>,
}

impl Default for RoleMapping {
    fn default() -> Self {
        Self {
            global_admin: vec![ENTRA_GLOBAL_ADMINISTRATOR.to_owned()],
            billing_admin: vec![ENTRA_BILLING_ADMINISTRATOR.to_owned()],
            incentives_admin: vec![APP_ROLE_INCENTIVES_ADMIN.to_owned()],
            reviewer: vec![APP_ROLE_REVIEWER.to_owned()],
        }
    }
}

impl RoleMapping {
    /// The holder's role: reviewer first, then the claiming roles from the
    /// strongest; a partner user with none of them has no claiming role.
    pub fn role(&self, token: &Verified) -> UserRole {
        let has =
            |values: &[String]| values.iter().any(|v| token.directory_roles.contains(v) || token.app_roles.contains(v));
        if has(&self.reviewer) {
            UserRole::Reviewer
        } else if has(&self.global_admin) {
            UserRole::GlobalAdmin
        } else if has(&self.billing_admin) {
            UserRole::BillingAdmin
        } else if has(&self.incentives_admin) {
            UserRole::IncentivesAdmin
        } else {
            UserRole::OtherPartnerRole
        }
    }

    /// What a token for a holder of `role` carries in `wids` and `roles`
    /// (the demo issuer mints these).
    pub fn claims_for(&self, role: UserRole) -> (Vec<String>, Vec<String>) {
        let first = |v: &[String]| v.first().cloned().into_iter().collect::<Vec<_>>();
        match role {
            UserRole::GlobalAdmin => (first(&self.global_admin), Vec::new()),
            UserRole::BillingAdmin => (first(&self.billing_admin), Vec::new()),
            UserRole::IncentivesAdmin => (Vec::new(), first(&self.incentives_admin)),
            UserRole::Reviewer => (Vec::new(), first(&self.reviewer)),
            UserRole::OtherPartnerRole => (Vec::new(), Vec::new()),
        }
    }
}

/// An issuer in the identity file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssuerEntry {
    /// Its short name.
    pub name: String,
    /// The `iss` of its tokens (`{tenantid}` for Entra's multi-tenant one).
    pub issuer: String,
    /// Its discovery document; by default `<issuer>/.well-known/openid-configuration`.
    pub discovery: Option<String>,
    /// The `aud` its tokens must carry.
    pub audience: String,
}

/// A partner program in the identity file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgramEntry {
    /// Its Microsoft AI Cloud Partner Program ID.
    pub id: PartnerProgramId,
    /// Its name.
    pub name: String,
    /// Its country.
    pub country: String,
    /// Whether it is enrolled in an incentive program.
    pub enrolled: bool,
    /// Its partner type.
    pub partner_type: String,
}

/// A partner organisation in the identity file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganisationEntry {
    /// Its id in this service.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its Microsoft Entra tenant (`tid` of its users' tokens).
    pub tenant: TenantId,
    /// Its partner programs.
    #[serde(default, rename = "program")]
    pub programs: Vec<ProgramEntry>,
}

/// The operator's identity file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentityFile {
    /// The issuers to trust.
    #[serde(rename = "issuer")]
    pub issuers: Vec<IssuerEntry>,
    /// The role mapping.
    #[serde(default)]
    pub roles: RoleMapping,
    /// The partner organisations.
    #[serde(default, rename = "organisation")]
    pub organisations: Vec<OrganisationEntry>,
}

impl IdentityFile {
    /// Reads and checks the file at `path`.
    pub fn load(path: &Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let file: Self = toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        if file.issuers.is_empty() {
            return Err(format!("{}: name at least one [[issuer]]", path.display()));
        }
        for i in &file.issuers {
            if i.issuer.contains("{tenantid}") && i.discovery.is_none() {
                return Err(format!(
                    "{}: issuer {:?} is a template; give its discovery document (e.g. \
                     https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration)",
                    path.display(),
                    i.name
                ));
            }
        }
        Ok(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(wids: &[&str], roles: &[&str]) -> Verified {
        Verified {
            directory_roles: wids.iter().map(|s| (*s).to_owned()).collect(),
            app_roles: roles.iter().map(|s| (*s).to_owned()).collect(),
            ..Verified::default()
        }
    }

    #[test]
    fn roles_come_from_wids_and_app_roles_strongest_first() {
        let m = RoleMapping::default();
        assert_eq!(m.role(&token(&[ENTRA_GLOBAL_ADMINISTRATOR], &[])), UserRole::GlobalAdmin);
        assert_eq!(
            m.role(&token(&[ENTRA_BILLING_ADMINISTRATOR], &[APP_ROLE_INCENTIVES_ADMIN])),
            UserRole::BillingAdmin
        );
        assert_eq!(m.role(&token(&[], &[APP_ROLE_INCENTIVES_ADMIN])), UserRole::IncentivesAdmin);
        assert_eq!(m.role(&token(&[ENTRA_GLOBAL_ADMINISTRATOR], &[APP_ROLE_REVIEWER])), UserRole::Reviewer);
        assert_eq!(m.role(&token(&["another-role"], &["Sales"])), UserRole::OtherPartnerRole);
        for role in [UserRole::GlobalAdmin, UserRole::BillingAdmin, UserRole::IncentivesAdmin, UserRole::Reviewer] {
            let (wids, roles) = m.claims_for(role);
            let t = Verified { directory_roles: wids, app_roles: roles, ..Verified::default() };
            assert_eq!(m.role(&t), role);
        }
    }

    #[test]
    fn the_identity_file_is_checked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("identity.toml");
        std::fs::write(
            &path,
            r#"
[[issuer]]
name = "entra"
issuer = "https://login.microsoftonline.com/{tenantid}/v2.0"
discovery = "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration"
audience = "api://cpor-claims"

[roles]
incentives_admin = ["Incentives.Admin", "Partner.Incentives"]

[[organisation]]
id = "org-contoso-partners"
name = "Contoso Partners"
tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47"

[[organisation.program]]
id = "4810225"
name = "Contoso Partners Berlin"
country = "Germany"
enrolled = true
partner_type = "Solutions Partner"
"#,
        )
        .unwrap();
        let file = IdentityFile::load(&path).unwrap();
        assert_eq!(file.issuers[0].name, "entra");
        assert_eq!(file.roles.incentives_admin.len(), 2);
        assert_eq!(file.roles.global_admin, [ENTRA_GLOBAL_ADMINISTRATOR], "defaults stay");
        assert_eq!(file.organisations[0].programs[0].id.as_str(), "4810225");
        std::fs::write(&path, "[[issuer]]\nname = \"x\"\nissuer = \"https://x/{tenantid}\"\naudience = \"a\"\n")
            .unwrap();
        assert!(IdentityFile::load(&path).unwrap_err().contains("discovery"));
        std::fs::write(&path, "[[issuer]]\nname = \"x\"\nissuer = \"https://x\"\naudience = \"a\"\nsecret = 1\n")
            .unwrap();
        assert!(IdentityFile::load(&path).is_err(), "unknown keys are refused");
    }
}
