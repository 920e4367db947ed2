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

## The app's frame: signing in, page titles it decides, the language
## picker, parts that did not download, the failure notice.

app-signing-in = Signing in…
app-loading = Loading…
app-unreachable = We can't reach the claims service right now. Nothing you entered is lost.
app-title-reviewers-only = Reviews are for Microsoft reviewers
app-title-roles-needed = You need another role
# The document's title on the standalone page: the page's, then the product's.
app-document-title = { $page } – Customer associations
app-language = Language
# The standalone page's header: where the page sits in the dashboard.
standalone-crumbs = Incentives › Customer associations
app-step-missing = This step didn't download. Check your connection, then retry. Nothing you entered is lost.
app-form-missing = This form didn't download. Check your connection, then retry. Nothing you entered is lost.
app-crash-title = Customer associations stopped working
app-crash-body = Something went wrong on our side. What you typed in a claim is kept on this device: reload to carry on where you were.
app-crash-reload = Reload customer associations
## The claim flow: its pages (new claim, steps, drafts, confirmation)
## and their parts (components).

flow-page-title = { $step } – New customer association
flow-caption = New customer association
flow-breadcrumb = Breadcrumb
flow-back-to-list = Customer associations
flow-submitted = Claim submitted
flow-saving = Saving…
flow-saved-offline = Saved on this device. We'll save it to your account when we can reach the service.
flow-saved-at = Saved { $time }
flow-try-again = Try again
flow-next = Next
flow-submit = Submit claim
flow-back = Back

component-retry = Retry
component-demo-user = Demo user
component-demo-user-option = { $name } ({ $role })
component-error-summary-title = There is a problem
component-field-error = Error:
component-field-optional = (optional)
component-field-support = Contact support (opens in a new tab)
component-file-drop-text = Drag files here, or
component-file-drop-browse = Browse files
component-upload-unavailable = We couldn't upload this file right now. This isn't a problem with the file.
component-upload-done = { $file } uploaded.
component-upload-problem = { $file }: { $message }
component-upload-list = Files being sent
component-upload-progress = Uploading { $file }
component-upload-percent = { $percent }%
component-upload-dismiss = Dismiss
component-program-loading = Loading your partner programs…
component-program-unavailable = We couldn't load your partner programs right now. This isn't a problem on your side.
component-program-enrolled = Enrolled in incentives
component-program-not-enrolled = Not enrolled in incentives
component-program-meta = Partner program ID { $id } · { $country }
component-program-hint = The location or program of your company that this work is claimed for. Not sure which one? Ask your global admin.
component-program-not-enrolled-title = { $program } isn't enrolled in an incentive program
component-program-not-enrolled-text = You can still claim with it, but this claim won't earn incentives through it until it is enrolled.
component-program-enrolment-link = Manage enrolment in the Incentives overview (opens in a new tab)
component-status = Status:
component-arbitration = Arbitration
component-stepper = Step { $step } of { $total }

step-customer-title = Partner and customer
step-customer-tenant-hint = Also called directory ID. It looks like 3f2504e0-4f89-41d3-9a0c-0305e82c3301; braces, spaces and capitals are fine.
step-customer-domain-hint = For example contoso.onmicrosoft.com, or a custom domain the customer has verified.
step-customer-checking = Checking the customer…
step-customer-confirmed = Confirmed: { $domain } belongs to { $customer }.
step-customer-unavailable = We couldn't check the customer right now. This isn't a problem with what you entered.

step-role-title = Solution area and role
step-role-area = Solution area
step-role-area-hint = Business Applications is Dynamics 365; Modern Work and Security is Microsoft 365, Teams, Defender and the like.
step-role-role = Partner role
step-role-help = Which role do I choose?
step-role-help-choose = Choose the role that describes what you did for this customer. A wrong role can mean missed eligibility and incentive earnings, and a new claim later.
step-role-help-csp = Business Applications roles apply only when the customer bought through a Volume Licensing agreement or Web-Direct. For customers who bought through CSP, use CSP customer associations instead.
step-role-loading = Loading the roles for this customer…
step-role-unavailable = We couldn't load this customer's roles and products right now. This isn't a problem with what you entered.
step-role-area-closed = { $customer } bought { $area } through CSP, so none of its partner roles can be claimed here. Choose another solution area, or associate this customer through the CSP program.
step-role-area-closed-unknown = This customer bought { $area } through CSP, so none of its partner roles can be claimed here. Choose another solution area, or associate this customer through the CSP program.
step-role-closed-title = { $area } roles aren't open for { $customer }
step-role-closed-title-unknown = { $area } roles aren't open for this customer
step-role-closed-text = { $customer } bought { $area } through CSP. These roles apply only to purchases through a Volume Licensing agreement or Web-Direct; CSP purchases are associated through the CSP program, not with a claim here.
step-role-closed-text-unknown = This customer bought { $area } through CSP. These roles apply only to purchases through a Volume Licensing agreement or Web-Direct; CSP purchases are associated through the CSP program, not with a claim here.
step-role-closed-advice = If your work was on Microsoft 365, Teams or Defender, choose Modern Work and Security above. Otherwise, associate this customer through CSP in Partner Center.

step-products-title = Products
step-products-hint = The products on the customer's tenant that your work was for. Each is checked as you choose it.
step-products-loading = Loading the customer's products…
step-products-list-unavailable = We couldn't load this customer's products right now. This isn't a problem with what you entered.
step-products-none = This customer has no products in this solution area on its tenant. Go back and choose the other solution area, or check the tenant ID with your customer.
step-products-meta = { $family } · { $count ->
    [one] { $count } subscription on the tenant
   *[other] { $count } subscriptions on the tenant
}
step-products-held-elsewhere = Another partner holds or claims this
step-products-subscription-hint = The customer has more than one subscription of this product: enter the ID of the one this claim is for. It's in the customer's Microsoft 365 admin center (Billing, Your products).
step-products-checking = Checking…
step-products-claimable = Can be claimed.
step-products-claimable-subscription = Can be claimed (subscription { $subscription }).
step-products-arbitration-title = This claim will go to arbitration
step-products-arbitration-text = Microsoft still starts reviewing within 5 business days; the claim may stay Under review longer while both partners are heard. You'll be told in the claim's comments.
step-products-unavailable = We couldn't check this product right now. This isn't a problem with what you entered.
step-products-already-claimed = Your company already has a live claim on { $product } for this customer.
step-products-claimable-from = { $product } can be claimed from { $date }.
step-products-claimable-from-fix = { $reason } Unselect it to go on without it, or keep this draft and submit it then.
step-products-gone = { $product } isn't on the customer's tenant any more. Unselect it.
step-products-existing-claim = Open your existing claim “{ $claim }”
step-products-announce-claimable = { $product } can be claimed.
step-products-announce-arbitration = { $product } can be claimed; another partner holds or claims it, so the claim will go to arbitration.
step-products-announce-problem = { $product }: { $message }

step-details-title = Claim details and contacts
step-details-claim-name = Claim name
step-details-claim-name-hint = A name that helps you find this claim later, such as “Contoso – Dynamics 365 Sales rollout”.
step-details-full-name = Full name
step-details-job-title = Job title
step-details-email = Email address
step-details-seller = Dynamics solution seller name
step-details-seller-hint = The Microsoft seller who worked on this opportunity.
step-details-customer-name = Customer name
step-details-customer-name-hint = The customer's organisation, as on its contract.
step-details-isv = ISV product or solution name
step-details-customer-contact = Customer contact
step-details-customer-contact-hint = The person at the customer who can confirm your work.
step-details-technical-contact = Customer technical contact
step-details-technical-contact-hint = For Dynamics 365: the customer's technical owner of the product.
step-details-your-contact = Your contact
step-details-your-contact-hint = Who at your company the reviewers can contact about this claim.
step-details-revenue = Revenue association
step-details-revenue-hint = Influenced Revenue recognition associates revenue with you; these details identify the deal.
step-details-prefilled = We filled in the customer's contacts from your claim “{ $claim }”. Check they're still right.

step-evidence-title = Proof of execution
step-evidence-checklist = What reviewers look for
step-evidence-check-acknowledgement = The customer's acknowledgement or signature
step-evidence-check-date = A date within the last 12 months
step-evidence-check-tenant = The customer's tenant ID and domain
step-evidence-check-products = Each product you're claiming, by name
step-evidence-check-work = A description of the work you did for the customer
step-evidence-template = Download template
step-evidence-template-format = (RTF, opens in Word)
step-evidence-documents = Your documents
step-evidence-hint = PDF, Office documents, Outlook messages, CSV, RTF, XPS or images; up to 25 MB each and { $max ->
    [one] { $max } file per claim.
   *[other] { $max } files per claim.
}
step-evidence-files = Files
step-evidence-remove = Remove
step-evidence-remove-file = Remove { $file }
step-evidence-removed = { $file } removed.
step-evidence-remove-failed = We couldn't remove { $file } right now. Try again.
step-evidence-comment = Comment for the reviewers
step-evidence-comment-hint = Anything that helps them read your documents.

step-answers-title = Check your answers
step-answers-change = Change
step-answers-change-customer = partner and customer
step-answers-change-role = solution area and role
step-answers-change-products = products
step-answers-change-details = claim details and contacts
step-answers-change-evidence = proof of execution
step-answers-program = { $program } ({ $id })
step-answers-product = Product
step-answers-product-subscription = { $product }, subscription { $subscription }
step-answers-seller = Dynamics solution seller
step-answers-isv = ISV product or solution
step-answers-file = File
step-answers-file-size = { $file } ({ $size })
step-answers-comment = Comment
step-answers-before = Before you submit
step-answers-before-notified = Your customer will be notified about this association. Once Microsoft approves it, the customer contact is told and can decline it within 7 days.
step-answers-before-review = Microsoft starts reviewing within 5 business days. If we need more from you, we'll ask in the claim's comments.
step-answers-sending = Sending your claim…
step-answers-retrying = We couldn't reach the service. Your claim is saved; trying again in { $seconds ->
    [one] { $seconds } second…
   *[other] { $seconds } seconds…
}
step-answers-offline = Saved, not sent yet: you're offline. We'll send your claim as soon as you're back online.
step-answers-failed = Saved, not sent yet: we couldn't reach the service. Nothing is lost; try again in a moment.

drafts-count = Your drafts ({ $count })
drafts-title-for = Draft for { $domain }
drafts-title-no-customer = Draft without a customer yet
drafts-step = Step { $step } of { $total }: { $name }
drafts-changed-just-now = Changed just now
drafts-changed-minutes = { $count ->
    [one] Changed { $count } minute ago
   *[other] Changed { $count } minutes ago
}
drafts-changed-hours = { $count ->
    [one] Changed { $count } hour ago
   *[other] Changed { $count } hours ago
}
drafts-changed-yesterday = Changed yesterday
drafts-changed-days = { $count ->
    [one] Changed { $count } day ago
   *[other] Changed { $count } days ago
}
drafts-changed-on = Changed on { $date }
drafts-continue = Continue
drafts-continue-draft = Continue { $draft }
drafts-delete = Delete
drafts-delete-draft = Delete { $draft }
drafts-delete-group = Delete { $draft }?
drafts-delete-question = Delete this draft? Its answers and files are removed; this can't be undone.
drafts-delete-for-good = Delete { $draft } for good
drafts-delete-confirm = Delete draft
drafts-keep = Keep it
drafts-deleted = “{ $draft }” was deleted.
drafts-delete-refused = We couldn't delete “{ $draft }”: { $reason }
drafts-delete-failed = We couldn't delete “{ $draft }” right now. It's still in your drafts; try again in a moment.
drafts-kept = The claim on screen is kept in your drafts when you start another.
drafts-start-new = Start a new claim

confirmation-title = Your claim was sent to Microsoft
confirmation-claim-id = Claim ID
confirmation-go-to-claim = Go to your claim “{ $claim }”
confirmation-go-to-claim-for = { " " }to follow its review, add proof or answer the reviewers.
confirmation-arbitration-title = This claim is in arbitration
confirmation-arbitration-text = It may stay Under review longer than 5 business days while Microsoft hears both partners; you'll be told in the claim's comments.
confirmation-next = What happens next
confirmation-review-by = { $days ->
    [one] Microsoft starts reviewing it within { $days } business day, by { $date }.
   *[other] Microsoft starts reviewing it within { $days } business days, by { $date }.
}
confirmation-review = { $days ->
    [one] Microsoft starts reviewing it within { $days } business day.
   *[other] Microsoft starts reviewing it within { $days } business days.
}
confirmation-more-needed = If reviewers need more, the claim becomes Partner action required and they ask in its comments: you then have 5 business days to answer.
confirmation-approved = Once it's approved, the customer is notified and can decline within 7 days; then the claim becomes eligible.
confirmation-start-another = Start another claim
## The app's pages outside the claim flow: page titles (`page-`), the
## associations list (`list-`), its CSV export (`export-`), the compact
## recent list (`recent-`), the access notices (`access-page-`), a
## claim's page (`claim-page-`), its history (`history-`) and comments
## (`thread-`), the partner's actions on it (`claim-action-`) and the
## reviewers' pages (`review-`). `$date` is a date already written out
## ("1 December 2026"); `$countdown` the deadline's countdown ("5 business
## days left").

page-title-associations = Customer associations
page-title-new-claim = New customer association
page-title-claim = Claim { $id }
page-title-review-queue = Review queue
page-title-review = Review { $id }
page-title-not-found = Page not found
# The browser tab's title on a claim's page and on its review page.
page-title-claim-document = { $claim } – Customer associations
page-title-review-document = Review { $claim } – Review queue
page-not-found-body = There's nothing at this address. If you typed it, check it; if you followed a link, the claim may have been deleted or may belong to another organisation.
page-reviewers-only-heading = Reviews are for Microsoft reviewers
page-reviewers-only-body = Microsoft reviewers work through the claims partners submit. Your own claims, with their status and everything reviewers said, are in your customer associations.
page-go-to-list = Go to your customer associations
page-part-missing = This page didn't download. Check your connection, then retry. Nothing you entered is lost.

list-continue = Continue
# The Continue button's accessible name: `$name` is the draft's title.
list-continue-label = Continue { $name }
list-next-deadline = Next deadline
list-no-deadline = No deadline
# The deadline with its countdown: "1 December 2026 · 5 business days left".
list-deadline = { $date } · { $countdown }
list-pages = Pages
list-previous = Previous
list-page-of = Page { $page } of { $pages }
list-next-page = Next page
list-loading = Loading your customer associations…
list-unavailable = We can't load your customer associations right now. This isn't a problem on your side.
list-empty-filtered = No customer associations match these filters. Clear a filter, or search for something else.
list-empty = You have no customer associations yet. Start one with “New customer association”.
list-count = { $count ->
    [one] { $count } customer association
   *[other] { $count } customer associations
}
# After the count, following a middle dot.
list-sorted = soonest deadline first
list-column-claim = Claim
list-column-customer = Customer
list-column-area-role = Solution area and role
list-column-status = Status
list-lede = Your company's claims to be the partner of record for its customers' Microsoft products.
list-all-statuses = All statuses
list-filter-area = Solution area
list-all-areas = All solution areas
list-search-label = Search
list-search-button = Search
list-search-placeholder = Claim name, domain, tenant ID or claim ID

export-button = Export CSV
export-running = Exporting…
export-done = { $count ->
    [one] Exported { $count } customer association.
   *[other] Exported { $count } customer associations.
}
export-failed-title = The export didn't finish
export-failed-page = Page { $page } of { $pages } couldn't be loaded, so nothing was downloaded: a file without those claims would be wrong.
export-failed = Your customer associations couldn't be loaded, so nothing was downloaded.
export-not-your-side = This isn't a problem on your side.
export-retry = Try the export again
# The CSV file's column headings.
export-column-claim-id = Claim ID
export-column-claim-name = Claim name
export-column-customer = Customer
export-column-domain = Customer domain
export-column-area = Solution area
export-column-role = Partner role
export-column-products = Products
export-column-status = Status
export-column-deadline = Next deadline
export-column-arbitration = In arbitration
export-yes = Yes
export-no = No

recent-admins-only = Customer associations are made by your company's admins.
recent-loading = Loading your recent claims…
recent-unavailable = We can't load your recent claims right now.
recent-empty = You haven't made a customer association yet.
recent-label = Your recent claims
recent-view-all = View all customer associations

access-page-ended-heading = Your sign-in has ended
access-page-ended-body = Sign in again in your partner dashboard, then choose Try again. Nothing you entered is lost.
access-page-try-again = Try again
access-page-dashboard-heading = Sign in through your partner dashboard
access-page-dashboard-body = Customer associations open inside your partner dashboard, which signs you in with your work account. Open your dashboard and go to Customer associations.
access-page-dashboard-link = If you reached this page from a link, open the link again from your dashboard.
access-page-support-reference = If you contact support, quote reference { $reference }.
access-page-reviewer-heading = Partners create customer associations
access-page-reviewer-body = You're signed in as { $name }, a reviewer. Reviewers review claims; they don't create them.
access-page-roles-heading = You need another role to claim customers
# `$needed`: which roles can claim, and whom to ask (a sentence).
access-page-roles-body = { $needed } You're signed in as { $name } ({ $role }).

claim-page-breadcrumb = Breadcrumb
claim-page-about = About this claim
claim-page-claim-id = Claim ID
claim-page-loading = Loading the claim…
claim-page-cant-show = This claim can't be shown
claim-page-unreachable = We can't reach the claims service right now. Try again in a moment.
claim-page-details = Claim details
claim-page-comments = Comments
claim-page-timeline = Timeline
claim-page-timeline-empty = The timeline starts when the claim is submitted.
claim-page-history = History
# A claim still being written, as its status reads.
claim-page-status-draft = Draft
# The partner program, then where it is: "Contoso (4810225)".
claim-page-program = { $name } ({ $id })
claim-page-enrolled = enrolled in incentives
claim-page-not-enrolled = not enrolled in incentives
claim-page-product-subscription = { $product }, subscription { $subscription }
claim-page-customer-meta = { $domain } · tenant { $tenant }
claim-page-tenant = Tenant { $tenant }
# Read by screen readers after an answer's label.
claim-page-locked = (locked)
claim-page-partner-program = Partner program
claim-page-customer = Customer
claim-page-solution-area = Solution area
claim-page-partner-role = Partner role
claim-page-claim-name = Claim name
claim-page-customer-contact = Customer contact
claim-page-technical-contact = Customer technical contact
claim-page-partner-contact = Partner contact
claim-page-solution-seller = Dynamics solution seller
claim-page-revenue-customer = Revenue customer name
claim-page-isv-product = ISV product or solution
claim-page-comment = Comment for the reviewers
claim-page-download-failed = We couldn't download { $file } right now. Try again in a moment.
claim-page-no-files = No proof of execution yet.
# `$size`: the file's size ("2.1 MB").
claim-page-file-meta = { $size } · added { $date }
claim-page-download = Download
claim-page-download-label = Download { $file }
# What comes next, by status. The `-by` forms name the next deadline.
claim-page-draft-title = This claim is a draft
claim-page-draft-body = Nothing is sent to Microsoft until you submit it. Continue it to finish the answers and submit it.
claim-page-submitted-title = Microsoft starts reviewing this claim
claim-page-submitted-title-by = Microsoft starts reviewing this claim by { $date } ({ $countdown })
claim-page-submitted-body = Nothing is needed from you now. Until the review starts you can still change the partner program, the products and the contacts.
claim-page-review-title = Microsoft is reviewing this claim: a decision is due
claim-page-review-title-by = Microsoft is reviewing this claim: a decision is due by { $date } ({ $countdown })
claim-page-review-body = Nothing is needed from you now. If reviewers need more, they ask in the comments below.
claim-page-action-title = Microsoft needs more from you
claim-page-action-title-by = Microsoft needs more from you by { $date } ({ $countdown })
claim-page-action-body = Read the reviewer's request pinned in the comments, change what it asks for, add proof if needed, then resubmit. Without an answer in time the claim is rejected. They asked about:
claim-page-approved-title = Approved
claim-page-approved-body-until = The customer has been told and can decline the association until { $date }. After that the claim becomes eligible for incentives.
claim-page-approved-body = The customer has been told and can decline the association for 7 days; then the claim becomes eligible for incentives.
claim-page-eligible-title = Eligible for incentives
claim-page-eligible-body = The claim earns while the customer's subscription stays active or in grace. A subscription that expires gets a new ID: reclaim it then.
claim-page-rejected-title = Rejected
claim-page-rejected-title-reason = Rejected: { $reason }
claim-page-rejected-body-until = You can dispute this decision until { $date } with a business justification, updated proof of execution, or both.
claim-page-rejected-body = This decision can't be disputed any more. Create a new claim if the situation has changed.
claim-page-disputed-title = Your dispute is with Microsoft: an answer is due
claim-page-disputed-title-by = Your dispute is with Microsoft: an answer is due by { $date } ({ $countdown })
claim-page-disputed-body = Nothing is needed from you now; the reviewer answers in the comments.
claim-page-withdrawn-title = Withdrawn
claim-page-withdrawn-body = This claim no longer holds its products. Make a new claim to associate this customer again.
claim-page-held-title = Another partner now claims what this claim holds
claim-page-held-body = Your claim stays approved while Microsoft compares both partners' proof of execution (the most recent counts). Reviewers may ask you for more in the comments; a recent document signed or acknowledged by the customer that names the product and describes your work helps most.
claim-page-arbitration-title = This claim is in arbitration
# What changed while the partner was writing: each part, then the
# sentence ("the partner program and the contacts changed").
claim-page-changed-status = it is now { $status }
claim-page-changed-program = the partner program
claim-page-changed-customer = the customer
claim-page-changed-area-role = the solution area or role
claim-page-changed-products = the products
claim-page-changed-name = the claim name
claim-page-changed-contacts = the contacts
claim-page-changed-other = other answers
claim-page-changed-list = { $list }, { $next }
claim-page-changed-one = { $what } changed
claim-page-changed-many = { $list } and { $last } changed

# A claim's history: `$who` and what they did, as one sentence.
history-entry = { $who } { $action }
history-who-reviewer = A Microsoft reviewer
history-who-customer = The customer
# The system, acting on a claim's deadlines (it closes a claim no one answered).
history-who-clock = Partner Center
history-who-partner = The partner
# A text the partner or reviewer wrote, quoted.
history-quoted = “{ $text }”
history-set = set { $what } to { $new }
history-cleared = cleared { $what } (it was { $old })
history-changed = changed { $what } from { $old } to { $new }
# The second of two changes in one sentence ("… and the partner role from
# A to B").
history-set-also = set { $what } to { $new }
history-cleared-also = cleared { $what } (it was { $old })
history-changed-also = { $what } from { $old } to { $new }
history-both = { $first } and { $second }
history-field-area = the solution area
history-field-role = the partner role
history-field-program = the partner program ID
history-field-products = the products
history-field-customer = the customer
history-customer-value = { $domain } (tenant { $tenant })
# "the customer contact's email address".
history-contact-field = the { $contact }'s { $part }
history-contact-customer = customer contact
history-contact-technical = customer technical contact
history-contact-partner = partner contact
history-part-name = name
history-part-title = job title
history-part-email = email address
history-named = named the claim { $name }
history-renamed = renamed the claim from { $old } to { $new }
history-name-cleared = cleared the claim name
history-revenue = changed the revenue association details
history-comment = changed the comment for the reviewers
# An answer the app has no words for: `$field` is its internal name.
history-changed-field = changed { $field }
history-submitted = submitted the claim
history-resubmitted = resubmitted the claim with an answer
history-disputed = disputed the decision
history-withdrew = withdrew the claim
history-started-review = started the review
history-requested-information = asked for more information
history-approved = approved the claim
history-won-arbitration = approved the claim in the arbitration
history-lost-arbitration = rejected the claim: another partner's claim won the arbitration
history-rejected = rejected the claim
history-declined = declined the association
history-closed-no-answer = closed the claim: no answer came within 5 business days
history-opt-out-ended = ended the customer's opt-out window: the claim is eligible
history-moved = moved the claim to { $status }
history-status-changed = changed the claim's status
history-reason = Reason: { $reason }
history-created = started the claim as a draft
history-commented = commented
history-file-added = added proof of execution: { $file }
history-file-removed = removed proof of execution: { $file }
history-reclaimed = reclaimed it with a new draft, { $claim }
history-note = added a note
history-gave-reason = gave a reason
history-empty = Nothing has happened to this claim yet.

thread-partner = Partner
thread-reviewer = Microsoft reviewer
thread-notice = Notice
thread-empty = No comments yet.
thread-pinned = Pinned request
# Who wrote a comment and when: "Partner · 3 November 2026, 14:05".
thread-meta = { $side } · { $date }
thread-in-reply-to = · in reply to { $author }
thread-reply = Reply
thread-reply-label = Reply to { $author }
thread-write-first = Write your comment first.
thread-post-failed = We couldn't post your comment right now. It's still here; try again in a moment.
thread-your-reply = Your reply to { $author }
thread-add-comment = Add a comment
thread-post = Post comment
thread-cancel-reply = Cancel reply

claim-action-continue = Continue this draft
claim-action-edit = Edit claim
claim-action-resubmit = Answer and resubmit
claim-action-dispute = Dispute the decision
claim-action-withdraw = Withdraw
claim-action-reclaim = Reclaim with the new subscription
claim-action-actions = Actions
claim-action-unavailable = We couldn't reach the claims service. Nothing you entered is lost; try again in a moment.
# `$what`: what changed ("the partner program and the contacts changed").
claim-action-stale = Someone else changed this claim while you were writing: { $what }. The page now shows the claim as it is; what you wrote is still here. Check it, then send it again.
claim-action-stale-unknown = This claim changed while you were writing. What you wrote is still here; reload the page to see the claim as it is, then send it again.
claim-action-stale-title = This claim changed
claim-action-withdraw-reason-needed = Say why you're withdrawing this claim.
claim-action-add-proof = Add proof of execution
claim-action-add-proof-hint = Files you add here go to the reviewers with the claim's other proof.
claim-action-resubmit-heading = Answer the request and resubmit by { $date }
claim-action-resubmit-intro = Change what the reviewer asked for with “Edit claim”, add proof below, then resubmit. Without an answer by the deadline the claim is rejected.
claim-action-resubmit-label = Your answer to the reviewer (optional)
claim-action-resubmit-hint = It's added to the comments.
claim-action-resubmit-button = Resubmit claim
claim-action-dispute-heading = Dispute the decision by { $date }
claim-action-dispute-intro = Explain why the decision should change, add updated proof of execution, or both. A reviewer answers within 5 business days.
claim-action-dispute-intro-reason = The claim was rejected: { $reason }. Explain why the decision should change, add updated proof of execution, or both. A reviewer answers within 5 business days.
claim-action-dispute-label = Business justification
claim-action-dispute-hint = What the reviewer should look at again. You can leave it empty if you add updated proof below.
claim-action-dispute-button = Send dispute
claim-action-withdraw-heading = Withdraw this claim
claim-action-withdraw-intro = The claim stops holding its products for this customer, and this can't be undone: to associate the customer again you make a new claim.
claim-action-withdraw-label = Why are you withdrawing this claim?
claim-action-withdraw-hint = The reviewers and your colleagues see this reason.
claim-action-withdraw-button = Withdraw claim
claim-action-cancel = Cancel
claim-action-subscription-for = Subscription ID for { $product }
claim-action-choose-subscription = Choose a subscription
# A subscription in the list: its ID and its status ("… (Active)").
claim-action-subscription = { $id } ({ $status })
claim-action-loading-products = Loading the customer's products…
claim-action-products-unavailable = We couldn't load the customer's products right now.
claim-action-edit-intro = You can change the partner program ID, the products and the contacts. The customer, solution area, role and claim name are locked once a claim is submitted.
claim-action-your-contact = Your contact
claim-action-edit-comment = Comment for the reviewer (optional)
claim-action-edit-comment-hint = Say what you changed and why; it's added to the comments.
claim-action-edit-proof-hint = Files are added to the claim as soon as they're uploaded.
claim-action-save = Save changes

review-no-files = No proof of execution
review-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
review-files-latest = { $count ->
    [one] { $count } file, latest added { $date }
   *[other] { $count } files, latest added { $date }
}
review-this-claim = This claim · { $id }
review-role = Role
review-proof = Proof
review-submitted = Submitted
review-arbitration-heading = Arbitration: competing claims
review-arbitration-hint = Compare each partner's proof of execution; the most recent counts. Approving this claim rejects the others.
review-arbitration-reason = Why this claim wins (shown to the other partners)
review-arbitration-approve = Approve this claim and reject the others
review-start-heading = Start the review
review-start-body = The partner is told the review has started; a decision is then due within 5 business days.
review-start-button = Start review
review-approve = Approve
review-approve-contested = Other partners claim the same product: approve one claim in the arbitration, which rejects the others with your reason.
review-approve-body = The proof of execution shows the partner's work. The customer is notified and has 7 days to decline.
review-request = Request information
review-request-hint = The partner has 5 business days to answer; without an answer the claim is rejected.
review-request-comment = What the partner should do
review-reject = Reject
review-reject-reason = Reason
review-reject-comment = Comment for the partner
# `$status` is the claim's status key.
review-no-decision = { $status ->
    [editing] No decision is open: the claim is editing.
    [submitted] No decision is open: the claim is submitted.
    [under_review] No decision is open: the claim is under review.
    [partner_action_required] No decision is open: the claim is partner action required.
    [approved] No decision is open: the claim is approved.
    [eligible] No decision is open: the claim is eligible.
    [rejected] No decision is open: the claim is rejected.
    [disputed] No decision is open: the claim is disputed.
   *[withdrawn] No decision is open: the claim is withdrawn.
}
review-started = Review started. A decision is due.
review-started-by = Review started. A decision is due by { $date }.
review-requested = Information requested.
review-requested-until = Information requested. The partner has until { $date } to answer.
review-approved = Approved. The customer is notified and has 7 days to decline.
review-rejected = Rejected. The partner is told why in the comments.
review-arbitration-won = { $count ->
    [one] Approved after arbitration. { $count } competing claim was rejected, and its partner was told why.
   *[other] Approved after arbitration. { $count } competing claims were rejected, and their partners were told why.
}
review-done = Done.
review-unreachable = We can't reach the claims service right now.
review-not-recorded = We couldn't record this right now. Try again in a moment.
review-caption = Review · { $organisation }
review-due = Due
review-demo-opt-out = Demo: the link the customer gets to decline this association:
review-decision = Decision
review-on-time = On time
review-due-today = Due today
review-overdue = Overdue
review-loading = Loading the queue…
review-unavailable = We can't load the review queue right now.
review-empty = No claims are waiting for a reviewer.
review-count = { $count ->
    [one] { $count } claim waiting
   *[other] { $count } claims waiting
}
# After the count, following a middle dot.
review-sorted = soonest due first
review-column-partner = Partner and customer
review-lede = Claims partners have submitted, disputed or answered, waiting for a decision.
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

transition-not-your-action = { $who ->
    [partner] Only the claiming partner can do this.
    [reviewer] Only a Microsoft reviewer can do this.
    [customer] Only the customer can do this.
   *[clock] Partner Center does this by itself when the deadline passes.
}
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

## Proof of execution files. `poe-size-…`: a file's size, `$mb` a number
## of megabytes with one decimal (1.2), `$kb` a whole number of kilobytes;
## both written in the language's number format.

poe-missing = Add at least one proof-of-execution document.
poe-size-mb = { $mb } MB
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

## The server's refusals that a person reads: the `detail` of a problem
## the API sends, in the language the request's Accept-Language asks for.
## `$status` is a status's name (`status-…`), `$date` a date in words,
## `$noun` what an answer is called (`text-noun-…`), `$area` a solution
## area's name, `$refusal` a rule's sentence; `$fields` names parts of a
## claim (`server-field-…`), joined by `server-list`.

server-no-bearer-token = Sign in to continue: the request has no bearer token.
server-sign-in-expired = Your sign-in has expired. Sign in again.
server-sign-in-not-yet-valid = Your sign-in isn't valid yet; check your device's clock, then sign in again.
server-sign-in-unchecked = Your sign-in can't be checked right now. Try again in a minute.
server-sign-in-other-application = This sign-in is for another application. Sign in again through your dashboard.
server-sign-in-lifetime = The sign-in token claims too long a lifetime. Sign in again.
server-sign-in-invalid = The sign-in token isn't valid. Sign in again.
server-tenant-not-registered = Your organisation's Microsoft Entra tenant ({ $tenant }) isn't registered for customer associations. Ask your global admin to register it.
server-no-organisation = Your sign-in doesn't say which organisation you belong to. Sign in with your work account.
server-reviewers-do-not-claim = Reviewers review claims; they don't create them.
server-reviewers-only = Only Microsoft reviewers can do this.
server-demo-no-user = There's no demo user “{ $id }”.
server-demo-clock-step = Move the clock forward by 1 to 60 days.
server-demo-clock-limit = The demo clock moves at most { $days ->
    [one] { $days } day
   *[other] { $days } days
} ahead; start the server again to reset it.
server-unknown-tenant = There's no customer tenant with the ID { $tenant }.
server-domain-not-of-tenant = { $domain } doesn't belong to the tenant { $tenant }.
server-unknown-product = There's no product “{ $product }” in the catalog.
server-product-refused = { $product }: { $refusal }
server-product-not-in-area = { $product } isn't a { $area } product.
server-program-not-yours = { $program } isn't one of your company's partner program IDs.
server-opt-out-link-invalid = This link isn't valid. Check it in your email.
server-opt-out-closed = This association can no longer be declined: that was possible until { $date }.
server-reply-to-unknown = The comment answered isn't on this claim.
server-files-closed = Files can't be added to a claim whose status is “{ $status }”.
server-upload-unreadable = The file couldn't be read as it arrived. Add it again.
server-upload-broke-off = The upload broke off before the whole file arrived. Add it again.
server-upload-status-changed = The claim's status changed while the file was uploading, so it wasn't added. Reload the claim.
server-file-not-found = There's no file { $file } on this claim.
server-files-kept = Files can't be removed once the claim is submitted; add a newer file with a comment instead.
server-dispute-needs-grounds = Give the business justification for the dispute, or add updated proof of execution.
server-nothing-to-reclaim = None of this claim's subscriptions has expired, so there is nothing to reclaim.
server-page-out-of-range = Page { $page } of { $size ->
    [one] { $size } claim
   *[other] { $size } claims
} is past the end of any list.
server-claim-not-editable = A claim whose status is “{ $status }” can't be edited.
server-answers-locked = These answers can't change once submitted: { $fields }.
server-list = { $first }, { $rest }
server-field-partner-program-id = partner program ID
server-field-customer = customer
server-field-solution-area-and-role = solution area and role
server-field-products = products
server-field-claim-name = claim name
server-field-contacts = contacts
server-field-revenue-details = revenue details
server-field-proof-of-execution = proof of execution
server-only-drafts-deleted = Only drafts can be deleted; this claim's status is “{ $status }”. Withdraw it instead.
server-already-claimed = Your company already has a live claim on this product for this customer.
server-claimed-again = Your company has since made another claim on this product; dispute that one instead.
server-answers-before-submit = { $count ->
    [one] { $count } answer needs
   *[other] { $count } answers need
} attention before this claim can be submitted.
server-answers-before-save = { $count ->
    [one] { $count } answer needs
   *[other] { $count } answers need
} attention before your changes can be saved.
server-text-missing = The { $noun } is missing: write a few words.
server-nothing-competes = No other claim competes with this one.
server-too-many-changes = Too many changes at once. Try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
server-claim-not-found = There's no claim { $id }.
server-claim-stale = Claim { $id } changed since you opened it; it is now { $version }.
