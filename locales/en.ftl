# cpor-claims: every text the product shows, in English (the reference
# catalogue; the other languages translate its messages, and may phrase
# them differently). Project Fluent syntax: https://projectfluent.org/
# Ids: `field-…` the claim's answers, `error-…` one per API error code
# (`.fix`: what the partner can do), `guid-…` identifiers' rules, `char-…`
# how a character is named in a message.

## The answers of a claim, as their fields are labelled.

field-partner_program_id = Partner program ID
field-tenant_id = Customer tenant ID
field-domain = Customer domain
field-subscription_id = Subscription ID
field-products = Products
field-proof_of_execution = Proof of execution

## How a character is named in a message.

char-visible = “{ $char }”
char-invisible = the invisible character U+{ $code }

## An identifier that is a GUID: the customer's tenant ID or a
## subscription ID. `$id` says which: `tenant` or `subscription`.

guid-empty = { $id ->
    [tenant] Enter the customer tenant ID.
   *[subscription] Enter the subscription ID.
}
guid-too-long = { $id ->
    [tenant] This is far too long to be a tenant ID: a tenant ID has 32 hexadecimal digits.
   *[subscription] This is far too long to be a subscription ID: a subscription ID has 32 hexadecimal digits.
}
guid-looks-like-domain = { $id ->
    [tenant] This looks like a domain or an email address, not a tenant ID.
   *[subscription] This looks like a domain or an email address, not a subscription ID.
}
guid-character = { $id ->
    [tenant] A tenant ID can't contain { $char }: it uses only the digits 0–9, the letters a–f and hyphens.
   *[subscription] A subscription ID can't contain { $char }: it uses only the digits 0–9, the letters a–f and hyphens.
}
guid-length = { $id ->
    [tenant] A tenant ID has 32 hexadecimal digits; this has { $digits ->
        [one] { $digits } digit.
       *[other] { $digits } digits.
    }
   *[subscription] A subscription ID has 32 hexadecimal digits; this has { $digits ->
        [one] { $digits } digit.
       *[other] { $digits } digits.
    }
}
guid-layout = { $id ->
    [tenant] The hyphens are in the wrong places: a tenant ID is grouped 8-4-4-4-12, like { $example }.
   *[subscription] The hyphens are in the wrong places: a subscription ID is grouped 8-4-4-4-12, like { $example }.
}
guid-nil = { $id ->
    [tenant] All zeros is a placeholder, not a real tenant ID.
   *[subscription] All zeros is a placeholder, not a real subscription ID.
}

## Errors: one message per error code (the API's stable `code`): its
## title, and `.fix`, what the partner can do about it.

-fix-tenant = Copy the tenant ID from the customer's Microsoft Entra admin center (Overview, Tenant ID), or ask your customer for it.
-fix-domain = Use a domain your customer signs in with, such as contoso.onmicrosoft.com or a custom domain they have verified (Microsoft 365 admin center, Settings, Domains).
-fix-program = Choose one of your company's partner program IDs from the list.
-fix-subscription = Copy the subscription ID from the customer's Microsoft 365 admin center (Billing, Your products), or ask your customer for it.
-fix-subscription-check = Work with your customer to make sure the subscription is right and that you're using the correct tenant ID.
-fix-poe = Upload a PDF, Office document, Outlook message, CSV, RTF, XPS or image (PNG, JPG, GIF, BMP, TIFF) of at most 25 MB.

error-tenant_id_empty = Enter the customer tenant ID.
    .fix = { -fix-tenant }
error-tenant_id_length = The tenant ID has the wrong number of digits.
    .fix = { -fix-tenant }
error-tenant_id_character = The tenant ID contains a character it can't have.
    .fix = { -fix-tenant }
error-tenant_id_layout = The tenant ID's hyphens are in the wrong places.
    .fix = { -fix-tenant }
error-tenant_id_nil = The tenant ID is a placeholder.
    .fix = { -fix-tenant }
error-tenant_id_looks_like_domain = This is a domain, not a tenant ID.
    .fix = Enter the domain in Customer domain, and the tenant ID (a GUID) here.
error-domain_empty = Enter the customer domain.
    .fix = { -fix-domain }
error-domain_too_long = The domain is too long.
    .fix = { -fix-domain }
error-domain_looks_like_email = This is an email address, not a domain.
    .fix = Keep only the part after the @.
error-domain_looks_like_tenant_id = This is a tenant ID, not a domain.
    .fix = Put the tenant ID in Customer tenant ID, and the customer's domain here.
error-domain_has_path = Enter only the domain, not a web address.
    .fix = Remove everything after the domain, starting at the first slash.
error-domain_has_port = Enter the domain without a port number.
    .fix = Remove the colon and the number after it.
error-domain_incomplete = The domain is incomplete.
    .fix = { -fix-domain }
error-domain_empty_label = The domain has an empty part between dots.
    .fix = Remove the extra dot.
error-domain_label_too_long = A part of the domain is too long.
    .fix = { -fix-domain }
error-domain_character = The domain contains a character it can't have.
    .fix = { -fix-domain }
error-domain_hyphen = A part of the domain starts or ends with a hyphen.
    .fix = { -fix-domain }
error-domain_ip_address = This is an IP address, not a domain.
    .fix = { -fix-domain }
error-domain_top_level = The domain's ending isn't valid.
    .fix = { -fix-domain }
error-domain_punycode = The domain has a broken internationalised part.
    .fix = Copy the domain again from your customer, or type it with its accented letters.
error-program_id_empty = Choose a partner program ID.
    .fix = { -fix-program }
error-program_id_character = A partner program ID has digits only.
    .fix = { -fix-program }
error-program_id_length = The partner program ID has the wrong number of digits.
    .fix = { -fix-program }
error-domain_tenant_mismatch = The customer domain and tenant ID don't match.
    .fix = Contact your customer to confirm both the tenant ID and the domain, then correct the one that is wrong.
error-unknown_tenant = We can't find a customer tenant with this ID.
    .fix = Check the tenant ID with your customer. If they confirm it is right, contact support.
error-unknown_product = This product isn't one that can be claimed.
    .fix = Choose one of the customer's products from the list.
error-unknown_solution_area = Choose a solution area.
    .fix = Choose Business Applications, or Modern Work and Security.
error-role_not_chosen = Choose your partner role.
    .fix = Read each role's description and choose the one that matches your work.
error-role_not_in_area = This role belongs to another solution area.
    .fix = Choose one of the roles listed for the solution area.
error-products_missing = Choose at least one product.
    .fix = Choose the products your work was for.
error-product_repeated = This product is in the claim twice.
    .fix = List each product once; one claim covers one subscription of each product.
error-subscription_required = Enter the subscription ID this claim is for.
    .fix = Ask your customer which subscription your work is for; they find its ID in the Microsoft 365 admin center (Billing, Your products).
error-subscription_id_empty = Enter the subscription ID.
    .fix = { -fix-subscription }
error-subscription_id_malformed = This isn't a subscription ID.
    .fix = { -fix-subscription }
error-product_not_on_tenant = The selected product doesn't exist on the customer's tenant.
    .fix = { -fix-subscription-check }
error-subscription_not_dynamics = This subscription isn't for Dynamics 365.
    .fix = { -fix-subscription-check }
error-subscription_csp = This subscription was bought through CSP.
    .fix = CSP purchases are associated through the CSP program, not through a CPOR claim. If you think the channel is wrong, contact support.
error-subscription_not_provisioned = The customer hasn't provisioned this subscription yet.
    .fix = Ask your customer to activate (provision) its products. After that it can take up to 7 days before you can claim it.
error-subscription_provisioned_recently = This subscription isn't claimable yet.
    .fix = Nothing is wrong: come back on the date given, when it becomes claimable.
error-subscription_expired = This subscription has expired.
    .fix = Create a new claim with the new subscription ID to keep earning.
error-subscription_suspended = This subscription is suspended or disabled.
    .fix = Ask your customer to reactivate it, then claim again.
error-text_empty = This answer is missing.
    .fix = Fill it in.
error-text_too_long = This answer is too long.
    .fix = Shorten it.
error-text_character = This answer contains a character it can't have.
    .fix = Retype it rather than pasting it.
error-text_bidi_control = This text contains a hidden direction control.
    .fix = Remove it, or type the text again instead of pasting it.
error-text_invisible_character = This text contains an invisible character.
    .fix = Remove it, or type the text again instead of pasting it.
error-text_no_letter = This answer needs letters.
    .fix = Enter the name in words.
error-email_invalid = This isn't an email address.
    .fix = Enter an address like name@contoso.com.
error-poe_missing = Add your proof of execution.
    .fix = Upload at least one document that shows your work for this customer: signed or acknowledged by the customer, dated within the last 12 months, naming the tenant and each product.
error-poe_file_name = The file name can't be used.
    .fix = Rename the file (letters, digits and an extension such as .pdf) and add it again.
error-poe_file_type = This type of file can't be used.
    .fix = { -fix-poe }
error-poe_file_empty = The file is empty.
    .fix = Check that you chose the right file, then add it again.
error-poe_file_too_large = The file is larger than 25 MB.
    .fix = Compress it or split it into several files.
error-poe_too_many_files = A claim can have at most 10 files.
    .fix = Remove a file, or combine several into one PDF.
error-poe_file_content = The file's content doesn't match its type.
    .fix = { -fix-poe }
error-action_not_allowed = You can't do this.
    .fix = Only the partner who made the claim, or a reviewer, can take this action.
error-wrong_status = This isn't possible in the claim's current status.
    .fix = Reload the claim to see its status and what you can do now.
error-window_closed = The time for this has passed.
    .fix = Create a new claim instead.
error-not_disputable = This rejection can't be disputed.
    .fix = Create a new claim if the situation has changed.
error-reason_required = A reason is needed.
    .fix = Say why, in a few words.
error-unauthenticated = You're not signed in.
    .fix = Sign in again; nothing you entered is lost.
error-tenant_not_registered = Your organisation isn't registered for customer associations.
    .fix = Ask your global admin to register your organisation's Microsoft Entra tenant for customer associations.
error-role_required = You don't have a role that can do this.
    .fix = Ask your global admin to give you the Global admin, Billing admin or Incentives admin role.
error-claim_incomplete = Some answers are missing or need correcting.
    .fix = Correct each answer listed, then submit again.
error-program_not_in_organisation = This partner program isn't one of your company's.
    .fix = Choose one of your company's partner program IDs from the list.
error-role_closed = This partner role doesn't apply to this customer.
    .fix = Choose a role that is open for how the customer bought the products.
error-already_claimed = You already have a claim on this product for this customer.
    .fix = Open your existing claim instead of creating another.
error-reclaim_not_needed = None of this claim's subscriptions has expired.
    .fix = A reclaim is only needed when a subscription expires and is renewed under a new ID.
error-field_locked = This answer can't be changed any more.
    .fix = After submission you can change the partner program ID, products, contacts and proof of execution only.
error-claim_not_found = There's no such claim.
    .fix = Check the link, or find the claim in your customer associations.
error-stale_claim = This claim changed since you opened it.
    .fix = Reload it, check the changes, and make yours again.
error-precondition_required = The request must say which version it changes.
    .fix = Send the claim's ETag in If-Match.
error-idempotency_key_required = The request needs an Idempotency-Key.
    .fix = Send a unique Idempotency-Key header with each new request, and the same one when retrying it.
error-idempotency_key_reused = This Idempotency-Key was used for a different request.
    .fix = Use a new Idempotency-Key for a new request.
error-request_in_flight = This request is still being processed.
    .fix = Wait a moment, then retry with the same Idempotency-Key.
error-malformed_request = The request couldn't be read.
    .fix = Reload the page and try again.
error-unsupported_media_type = The request must be JSON.
    .fix = Send the body as application/json.
error-payload_too_large = The request is too large.
    .fix = Send less data in one request.
error-too_many_requests = You're sending changes faster than we can take them.
    .fix = Wait a few seconds, then try again. Nothing you entered is lost.
error-request_timeout = The request took too long.
    .fix = Check your connection, then try again. Nothing you entered is lost.
error-page_out_of_range = This page of the list doesn't exist.
    .fix = Go back to the first page.
error-in_arbitration = This claim competes with another partner's claim.
    .fix = Decide it in its arbitration: compare the competing claims' proof of execution and approve one of them there.
error-not_found = There's nothing at this address.
    .fix = Check the address, or go back to the start.
error-method_not_allowed = This action isn't allowed here.
    .fix = Go back to the start and try again.
error-internal_error = Something went wrong on our side.
    .fix = Nothing you entered is lost. Try again in a minute; if it keeps happening, contact support.
error-service_unavailable = The service can't answer right now.
    .fix = Nothing you entered is lost. Try again in a minute; if it keeps happening, contact support.

## cpor-core: the rules' own sentences (domain, text, email, poe, program,
## date, subscription, status, transition, claim, role, area, access,
## clock, core). Labels read as labels; sentences end with a full stop.

domain-empty = Enter the customer domain.
domain-too-long = This is { $length } characters long; a domain can have at most { $max }.
domain-looks-like-email = This is an email address. Enter only the domain after the @: { $domain }.
domain-looks-like-email-only = This looks like an email address. Enter only the domain, like contoso.onmicrosoft.com.
domain-looks-like-tenant-id = This looks like a tenant ID, not a domain. Put it in Customer tenant ID and enter the customer's domain here.
domain-has-path = Enter only the domain, without the rest of the web address: { $host }.
domain-has-port = Enter only the domain, without the port number: { $host }.
domain-single-label = “{ $label }” is only part of a domain. Enter the whole domain, like { $label }.onmicrosoft.com.
domain-empty-label = There are two dots together, or a dot at the start. Each dot must sit between two parts of the domain.
domain-label-too-long = “{ $label }” is { $length } characters long; each part of a domain between dots can have at most { $max }.
domain-character = A domain can't contain { $char }: use letters, digits and hyphens, with dots between the parts.
domain-hyphen = “{ $label }” starts or ends with a hyphen; the parts of a domain can't.
domain-ip-address = This is an IP address. Enter the customer's domain, like contoso.onmicrosoft.com.
domain-top-level = “.{ $label }” isn't a possible ending for a domain. Check the part after the last dot.
domain-punycode = “{ $label }” isn't a valid internationalised (xn--) label.
domain-not-mappable = “{ $label }” can't be part of a domain: it mixes characters that domains can't combine. Copy the domain again from your customer.

## Free text. `$noun` is what the answer is called (a `text-noun-…`
## message); `$name` a character's name (a `text-char-…` message).

text-empty = Enter the { $noun }.
text-too-long = The { $noun } can have at most { $max } characters; this has { $length }.
text-character = The { $noun } can't contain { $char }.
text-bidi = The { $noun } contains a hidden { $name } (U+{ $code }), which can make text show in a different order from how it is stored. Remove it, or type the text again instead of pasting it.
text-invisible = The { $noun } contains an invisible { $name } (U+{ $code }), which can hide what the text really says. Remove it, or type the text again instead of pasting it.
text-no-letter = The { $noun } needs at least one letter.
text-noun-claim-name = claim name
text-noun-name = name
text-noun-job-title = job title
text-noun-email = email address
text-noun-comment = comment
text-noun-reason = reason
text-noun-answer = answer
text-noun-justification = business justification
text-noun-information-request = request to the partner
text-noun-decision-reason = reason for the decision
text-char-lre = left-to-right embedding
text-char-rle = right-to-left embedding
text-char-pdf = pop directional formatting
text-char-lro = left-to-right override
text-char-rlo = right-to-left override
text-char-lri = left-to-right isolate
text-char-rli = right-to-left isolate
text-char-fsi = first strong isolate
text-char-pdi = pop directional isolate
text-char-lrm = left-to-right mark
text-char-rlm = right-to-left mark
text-char-alm = Arabic letter mark
text-char-direction-control = direction control
text-char-zwsp = zero-width space
text-char-zwnj = zero-width non-joiner
text-char-zwj = zero-width joiner
text-char-wj = word joiner
text-char-invisible-operator = invisible operator
text-char-zwnbsp = zero-width no-break space
text-char-soft-hyphen = soft hyphen
text-char-cgj = combining grapheme joiner
text-char-mvs = Mongolian vowel separator
text-char-hangul-filler = Hangul filler
text-char-tag = tag character
text-char-other = character
email-at = Enter an email address with one @, like name@contoso.com.
email-local = The part before the @ isn't possible in an email address.
email-domain = The part after the @ isn't a domain, like contoso.com.

## A claim's answers that keep it from being submitted. `$who` is
## `customer` (the customer contact), `technical` (the customer's
## technical contact) or `partner` (the partner's own contact).

claim-contact-name = { $who ->
    [customer] Enter the customer contact's name.
    [technical] Enter the customer technical contact's name.
   *[partner] Enter your contact's name.
}
claim-contact-title = { $who ->
    [customer] Enter the customer contact's job title.
    [technical] Enter the customer technical contact's job title.
   *[partner] Enter your contact's job title.
}
claim-contact-email = { $who ->
    [customer] Enter the customer contact's email address.
    [technical] Enter the customer technical contact's email address.
   *[partner] Enter your contact's email address.
}
claim-name-empty = Enter a claim name.
claim-solution-seller-empty = Enter the Dynamics solution seller's name.
claim-customer-name-empty = Enter the customer's name.
claim-isv-product-empty = Enter the ISV product or solution name.
claim-area-missing = Choose the solution area.
claim-role-missing = Choose your partner role.
claim-role-not-in-area = { $role } isn't a role of { $area }.
claim-products-missing = Choose at least one product.
claim-product-repeated = This product is in the claim twice: list each product once.
claim-product-unknown = This product isn't one that can be claimed.

## Purchase channels, solution areas and partner roles.

role-channel-csp = Cloud Solution Provider (CSP)
role-channel-volume-licensing = Volume Licensing agreement
role-channel-web-direct = Web-Direct
area-business-applications = Business Applications
area-modern-work-and-security = Modern Work and Security
role-build-intent-advisor = Build intent - Advisor
role-usage-recognition = Usage recognition - Non-Incentivized
role-influenced-revenue-recognition = Influenced Revenue recognition - Non-Incentivized
role-use-or-consume = Use or consume
role-build-intent-advisor-description = Choose this if you influenced the customer's purchase of an eligible product and want to apply for presale incentives.
role-usage-recognition-description = Choose this if you drive the customer's adoption and usage of an eligible workload and want to apply for usage incentives.
role-influenced-revenue-recognition-description = Choose this if you influenced the customer's choice of an eligible product as a Business Influencer. It associates revenue with you; it doesn't pay incentives.
role-use-or-consume-description = Choose this if you drive the customer's adoption and usage of an eligible workload and want usage incentives, usage or competency attainment, or both.
role-closed-csp = Not available: this customer bought through CSP. Business Applications roles apply only to purchases through a Volume Licensing agreement or Web-Direct; CSP associations are a different program.

## Who may use the claim flow. `access-roles-needed` names the three roles
## that may claim (`access-global-admin`, `-billing-admin`,
## `-incentives-admin`).

access-global-admin = Global admin
access-billing-admin = Billing admin
access-incentives-admin = Incentives admin
access-partner-user = Partner user
access-reviewer = Reviewer
access-roles-needed = Customer associations need one of these roles: { $first }, { $second }, { $third }. Ask your global admin to give you one.

## Dates. `date-long`: `$day` and `$year` are digits, `$month` the
## month's number (1–12).

date-format = Enter a date as YYYY-MM-DD, for example 2026-11-24.
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## A claim's statuses, as Partner Center names them.

status-editing = Editing
status-submitted = Submitted
status-under-review = Under review
status-partner-action-required = Partner action required
status-approved = Approved
status-eligible = Eligible
status-rejected = Rejected
status-disputed = Disputed
status-withdrawn = Withdrawn

## Why a claim can't move: `$who` is who may act (`partner`, `reviewer`,
## `customer`, `clock`); `$action` the action and `$status` the claim's
## status, as the API spells them; `$date` a date in words; `$reason` a
## rejection reason (`transition-rejection-…`).

transition-not-your-action = Only { $who ->
    [partner] the claiming partner
    [reviewer] a Microsoft reviewer
    [customer] the customer
   *[clock] the claim's clock
} can do this.
transition-wrong-status = You can't { $action ->
    [submit] submit
    [resubmit] resubmit
    [dispute] dispute
    [withdraw] withdraw
    [start_review] start the review
    [request_information] request information
    [approve] approve
    [reject] reject
    [win_arbitration] win the arbitration
    [lose_arbitration] lose the arbitration
    [opt_out] opt out
    [partner_response_expired] close for no partner response
   *[opt_out_window_passed] end the opt-out window
} a claim that is { $status ->
    [editing] editing
    [submitted] submitted
    [under_review] under review
    [partner_action_required] partner action required
    [approved] approved
    [eligible] eligible
    [rejected] rejected
    [disputed] disputed
   *[withdrawn] withdrawn
}.
transition-window-closed = This was possible until { $date }.
transition-not-due-yet = This isn't due before { $date }.
transition-not-disputable = A claim rejected for this reason can't be disputed: { $reason }.
transition-reason-required = Give a reason.
transition-in-arbitration = This claim competes with another partner's claim for the same product, so it is decided in the arbitration: approve one of the competing claims there.
transition-request-poe-missing = Proof of execution is missing
transition-request-poe-not-acknowledged = Proof of execution lacks the customer's acknowledgement or signature
transition-request-poe-date = Proof of execution has missing dates, or dates older than 12 months
transition-request-poe-work = Proof of execution doesn't describe your work
transition-request-poe-products = Proof of execution doesn't name the claimed products
transition-request-other = Other (see the reviewer's comment)
transition-rejection-poe-insufficient = The proof of execution is insufficient
transition-rejection-no-partner-response = No partner response within 5 business days
transition-rejection-partner-request = Rejected at the partner's request
transition-rejection-customer-declined = The customer declined the association
transition-rejection-competing-claim-approved = Another partner's claim for this product was approved

## How long is left before a deadline.

clock-left = { $days ->
    [one] { $days } business day left
   *[other] { $days } business days left
}
clock-due-today = Due today
clock-overdue = { $days ->
    [one] { $days } day overdue
   *[other] { $days } days overdue
}

## Products' families, subscriptions' statuses, and why a subscription
## can't be claimed. `$date` is a date in words.

subscription-family-dynamics = Dynamics 365
subscription-family-modern-work = Modern Work and Security workload
subscription-status-pending = Pending provisioning
subscription-status-active = Active
subscription-status-grace = In grace period
subscription-status-expired = Expired
subscription-status-suspended = Suspended
subscription-required = The customer has { $count } subscriptions of this product. Enter the subscription ID this claim is for.
subscription-product-not-on-tenant = The selected product doesn't exist on the customer's tenant.
subscription-not-of-product = This subscription isn't a subscription of the selected product on the customer's tenant.
subscription-not-dynamics = This subscription isn't for a Dynamics 365 product.
subscription-csp = This subscription was bought through CSP. CSP customer associations are a different program.
subscription-not-provisioned = The customer hasn't activated or provisioned the products of this subscription yet.
subscription-provisioned-recently = This subscription was provisioned less than { $days } days ago. You can claim it from { $date }.
subscription-expired-renewed = This subscription has expired; its new subscription ID is { $id }. Create a new claim with the new ID.
subscription-expired = This subscription has expired. Subscription IDs change when they expire: create a new claim with the new ID.
subscription-suspended = This subscription is suspended or disabled, so it can't earn incentives.

## Proof of execution files. `poe-size-…`: a file's size, `$whole` and
## `$tenths` digits (1.2 MB), `$kb` a whole number of kilobytes.

poe-missing = Add at least one proof-of-execution document.
poe-size-mb = { $whole }.{ $tenths } MB
poe-size-kb = { $kb } KB
poe-name-missing = The file has no name.
poe-name-character = The file name can't contain { $char }.
poe-no-extension = The file name has no extension, so its type is unknown.
poe-type-not-allowed = A .{ $extension } file can't be used as proof of execution.
poe-empty = The file is empty.
poe-too-large = The file is { $size }; a file can be at most 25 MB.
poe-too-many = A claim can have at most { $max } files.
poe-content-mismatch = The file's content isn't a { $kind } file, whatever its name says.
poe-markup = Web pages and scripts can't be used as proof of execution, whatever their name.

## The partner program ID.

program-empty = Choose the partner program ID this claim is for.
program-character = A partner program ID is made of digits only; it can't contain { $char }.
program-length = A partner program ID has { $min } to { $max } digits; this has { $digits }.

## Arbitration: what helps a claim that competes with another partner's.

core-arbitration-evidence = Another partner already holds or claims this. Reviewers compare each partner's proof of execution (the most recent counts) and may ask both of you for more. Evidence that helps: a recent document signed or acknowledged by the customer, dated within the last 12 months, that names this product and describes the work you did.
