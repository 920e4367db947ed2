# cpor-claims: every text the product shows, in French (translated from
# the reference catalogue, en.ftl; phrased for French readers, not word
# for word). Project Fluent syntax: https://projectfluent.org/
# Ids: `field-…` the claim's answers, `error-…` one per API error code
# (`.fix`: what the partner can do), `guid-…` identifiers' rules, `char-…`
# how a character is named in a message.
# Terms follow Partner Center's French UI and documentation for CPOR
# (Espace partenaires): revendication (claim, as in « Revendications
# client »), association de client, locataire and ID de locataire (tenant),
# abonnement, ID de programme partenaire, domaine de solutions (solution
# area), preuve d'exécution (proof of execution), primes incitatives
# (incentives, never « incitations » or « primes » alone), and the roles
# Administrateur général, Administrateur de la facturation, Administrateur
# de primes incitatives. One word for each act and thing: soumettre
# (submit), examen and examinateur (review, reviewer), contester and
# contestation (dispute), retirer (withdraw), brouillon (draft), arbitrage,
# délai de refus (the customer's opt-out window), éligible (status and
# incentives), approuvé par le client (acknowledged), chiffre d'affaires
# (revenue). « vous » throughout; "charger" for uploads and for pages that
# did not load, "télécharger" only for downloads.
# Typography: U+202F before ; ! ? and U+00A0 before : and inside « ».

## The answers of a claim, as their fields are labelled.

field-partner_program_id = ID de programme partenaire
field-tenant_id = ID de locataire du client
field-domain = Domaine du client
field-subscription_id = ID d'abonnement
field-products = Produits
field-proof_of_execution = Preuve d'exécution

## How a character is named in a message.

char-visible = « { $char } »
char-invisible = le caractère invisible U+{ $code }

## An identifier that is a GUID: the customer's tenant ID or a
## subscription ID. `$id` says which: `tenant` or `subscription`.

guid-empty = { $id ->
    [tenant] Entrez l'ID de locataire du client.
   *[subscription] Entrez l'ID d'abonnement.
}
guid-too-long = { $id ->
    [tenant] C'est bien trop long pour un ID de locataire : un ID de locataire compte 32 chiffres hexadécimaux.
   *[subscription] C'est bien trop long pour un ID d'abonnement : un ID d'abonnement compte 32 chiffres hexadécimaux.
}
guid-looks-like-domain = { $id ->
    [tenant] Cela ressemble à un domaine ou à une adresse e-mail, pas à un ID de locataire.
   *[subscription] Cela ressemble à un domaine ou à une adresse e-mail, pas à un ID d'abonnement.
}
guid-character = { $id ->
    [tenant] Un ID de locataire ne peut pas contenir { $char } : seuls les chiffres de 0 à 9, les lettres de a à f et les tirets sont admis.
   *[subscription] Un ID d'abonnement ne peut pas contenir { $char } : seuls les chiffres de 0 à 9, les lettres de a à f et les tirets sont admis.
}
guid-length = { $id ->
    [tenant] Un ID de locataire compte 32 chiffres hexadécimaux ; celui-ci compte { $digits ->
        [one] { $digits } chiffre.
        [many] { $digits } de chiffres.
       *[other] { $digits } chiffres.
    }
   *[subscription] Un ID d'abonnement compte 32 chiffres hexadécimaux ; celui-ci compte { $digits ->
        [one] { $digits } chiffre.
        [many] { $digits } de chiffres.
       *[other] { $digits } chiffres.
    }
}
guid-layout = { $id ->
    [tenant] Les tirets sont mal placés : un ID de locataire suit le format 8-4-4-4-12, comme { $example }.
   *[subscription] Les tirets sont mal placés : un ID d'abonnement suit le format 8-4-4-4-12, comme { $example }.
}
guid-nil = { $id ->
    [tenant] Un ID composé uniquement de zéros est une valeur fictive, pas un vrai ID de locataire.
   *[subscription] Un ID composé uniquement de zéros est une valeur fictive, pas un vrai ID d'abonnement.
}

## Errors: one message per error code (the API's stable `code`): its
## title, and `.fix`, what the partner can do about it.

-fix-tenant = Copiez l'ID de locataire depuis le Centre d'administration Microsoft Entra du client (Vue d'ensemble > ID de locataire) ou demandez-le à votre client.
-fix-domain = Utilisez un domaine avec lequel votre client se connecte, comme contoso.onmicrosoft.com ou un domaine personnalisé qu'il a vérifié (Centre d'administration Microsoft 365 > Paramètres > Domaines).
-fix-program = Choisissez dans la liste l'un des ID de programme partenaire de votre entreprise.
-fix-subscription = Copiez l'ID d'abonnement depuis le Centre d'administration Microsoft 365 du client (Facturation > Vos produits) ou demandez-le à votre client.
-fix-subscription-check = Vérifiez avec votre client que l'abonnement est le bon et que vous utilisez le bon ID de locataire.
-fix-poe = Chargez un PDF, un document Office, un message Outlook, un fichier CSV, RTF ou XPS, ou une image (PNG, JPG, GIF, BMP, TIFF) de 25 Mo maximum.

error-tenant_id_empty = Entrez l'ID de locataire du client.
    .fix = { -fix-tenant }
error-tenant_id_length = L'ID de locataire n'a pas le bon nombre de chiffres.
    .fix = { -fix-tenant }
error-tenant_id_character = L'ID de locataire contient un caractère non admis.
    .fix = { -fix-tenant }
error-tenant_id_layout = Les tirets de l'ID de locataire sont mal placés.
    .fix = { -fix-tenant }
error-tenant_id_nil = L'ID de locataire est une valeur fictive.
    .fix = { -fix-tenant }
error-tenant_id_looks_like_domain = Ceci est un domaine, pas un ID de locataire.
    .fix = Entrez le domaine dans « Domaine du client », et ici l'ID de locataire (un GUID).
error-domain_empty = Entrez le domaine du client.
    .fix = { -fix-domain }
error-domain_too_long = Le domaine est trop long.
    .fix = { -fix-domain }
error-domain_looks_like_email = Ceci est une adresse e-mail, pas un domaine.
    .fix = Ne gardez que la partie après le @.
error-domain_looks_like_tenant_id = Ceci est un ID de locataire, pas un domaine.
    .fix = Entrez l'ID de locataire dans « ID de locataire du client », et ici le domaine du client.
error-domain_has_path = Entrez uniquement le domaine, pas une adresse web.
    .fix = Supprimez tout ce qui suit le domaine, à partir de la première barre oblique.
error-domain_has_port = Entrez le domaine sans numéro de port.
    .fix = Supprimez les deux-points et le nombre qui les suit.
error-domain_incomplete = Le domaine est incomplet.
    .fix = { -fix-domain }
error-domain_empty_label = Le domaine contient une partie vide entre deux points.
    .fix = Supprimez le point en trop.
error-domain_label_too_long = Une partie du domaine est trop longue.
    .fix = { -fix-domain }
error-domain_character = Le domaine contient un caractère non admis.
    .fix = { -fix-domain }
error-domain_hyphen = Une partie du domaine commence ou se termine par un tiret.
    .fix = { -fix-domain }
error-domain_ip_address = Ceci est une adresse IP, pas un domaine.
    .fix = { -fix-domain }
error-domain_top_level = L'extension du domaine n'est pas valide.
    .fix = { -fix-domain }
error-domain_punycode = Une partie internationalisée du domaine est invalide.
    .fix = Recopiez le domaine fourni par votre client, ou saisissez-le avec ses lettres accentuées.
error-program_id_empty = Choisissez un ID de programme partenaire.
    .fix = { -fix-program }
error-program_id_character = Un ID de programme partenaire ne contient que des chiffres.
    .fix = { -fix-program }
error-program_id_length = L'ID de programme partenaire n'a pas le bon nombre de chiffres.
    .fix = { -fix-program }
error-domain_tenant_mismatch = Le domaine du client et l'ID de locataire ne correspondent pas.
    .fix = Faites confirmer l'ID de locataire et le domaine par votre client, puis corrigez celui qui est erroné.
error-unknown_tenant = Aucun locataire client ne correspond à cet ID.
    .fix = Vérifiez l'ID de locataire avec votre client. S'il le confirme, contactez le support.
error-unknown_product = Ce produit ne peut pas être revendiqué.
    .fix = Choisissez l'un des produits du client dans la liste.
error-unknown_solution_area = Choisissez un domaine de solutions.
    .fix = Choisissez « Business Applications » ou « Modern Work and Security ».
error-role_not_chosen = Choisissez votre rôle de partenaire.
    .fix = Lisez la description de chaque rôle et choisissez celui qui correspond à votre travail.
error-role_not_in_area = Ce rôle appartient à un autre domaine de solutions.
    .fix = Choisissez l'un des rôles proposés pour ce domaine de solutions.
error-products_missing = Choisissez au moins un produit.
    .fix = Choisissez les produits sur lesquels a porté votre travail.
error-product_repeated = Ce produit figure deux fois dans la revendication.
    .fix = Indiquez chaque produit une seule fois ; une revendication couvre un abonnement par produit.
error-subscription_required = Entrez l'ID de l'abonnement visé par cette revendication.
    .fix = Demandez à votre client à quel abonnement se rapporte votre travail ; il en trouve l'ID dans le Centre d'administration Microsoft 365 (Facturation > Vos produits).
error-subscription_id_empty = Entrez l'ID d'abonnement.
    .fix = { -fix-subscription }
error-subscription_id_malformed = Ceci n'est pas un ID d'abonnement.
    .fix = { -fix-subscription }
error-product_not_on_tenant = Le produit sélectionné n'existe pas sur le locataire du client.
    .fix = { -fix-subscription-check }
error-subscription_not_dynamics = Cet abonnement n'est pas un abonnement Dynamics 365.
    .fix = { -fix-subscription-check }
error-subscription_csp = Cet abonnement a été acheté via CSP.
    .fix = Les achats CSP sont associés via le programme CSP, pas par une revendication CPOR. Si vous pensez que le canal est erroné, contactez le support.
error-subscription_not_provisioned = Le client n'a pas encore provisionné cet abonnement.
    .fix = Demandez à votre client d'activer (provisionner) les produits de l'abonnement. Il peut ensuite s'écouler jusqu'à 7 jours avant que vous puissiez le revendiquer.
error-subscription_provisioned_recently = Cet abonnement ne peut pas encore être revendiqué.
    .fix = Tout est normal : revenez à la date indiquée, quand il pourra être revendiqué.
error-subscription_expired = Cet abonnement a expiré.
    .fix = Créez une revendication avec le nouvel ID d'abonnement pour continuer à percevoir des primes incitatives.
error-subscription_suspended = Cet abonnement est suspendu ou désactivé.
    .fix = Demandez à votre client de le réactiver, puis revendiquez-le à nouveau.
error-text_empty = Cette réponse est manquante.
    .fix = Remplissez-la.
error-text_too_long = Cette réponse est trop longue.
    .fix = Raccourcissez-la.
error-text_character = Cette réponse contient un caractère non admis.
    .fix = Retapez-la au lieu de la coller.
error-text_bidi_control = Ce texte contient un caractère masqué de contrôle de direction.
    .fix = Supprimez-le, ou retapez le texte au lieu de le coller.
error-text_invisible_character = Ce texte contient un caractère invisible.
    .fix = Supprimez-le, ou retapez le texte au lieu de le coller.
error-text_no_letter = Cette réponse doit contenir des lettres.
    .fix = Saisissez un nom composé de lettres.
error-email_invalid = Ceci n'est pas une adresse e-mail.
    .fix = Entrez une adresse comme nom@contoso.com.
error-poe_missing = Ajoutez votre preuve d'exécution.
    .fix = Chargez au moins un document attestant votre travail pour ce client : signé ou approuvé par le client, daté de moins de 12 mois, et mentionnant le locataire et chaque produit.
error-poe_file_name = Ce nom de fichier ne peut pas être utilisé.
    .fix = Renommez le fichier (lettres, chiffres et une extension comme .pdf) et ajoutez-le à nouveau.
error-poe_file_type = Ce type de fichier ne peut pas être utilisé.
    .fix = { -fix-poe }
error-poe_file_empty = Le fichier est vide.
    .fix = Vérifiez que vous avez choisi le bon fichier, puis ajoutez-le à nouveau.
error-poe_file_too_large = Le fichier dépasse 25 Mo.
    .fix = Compressez-le ou divisez-le en plusieurs fichiers.
error-poe_too_many_files = Une revendication peut comporter 10 fichiers au maximum.
    .fix = Supprimez un fichier, ou regroupez-en plusieurs dans un seul PDF.
error-poe_file_content = Le contenu du fichier ne correspond pas à son type.
    .fix = { -fix-poe }
error-action_not_allowed = Vous ne pouvez pas effectuer cette action.
    .fix = Seul le partenaire à l'origine de la revendication, ou un examinateur, peut effectuer cette action.
error-wrong_status = Cette action est impossible dans l'état actuel de la revendication.
    .fix = Rechargez la revendication pour voir son état et ce que vous pouvez faire.
error-window_closed = Le délai pour cette action est dépassé.
    .fix = Créez plutôt une nouvelle revendication.
error-not_disputable = Ce refus ne peut pas être contesté.
    .fix = Créez une nouvelle revendication si la situation a changé.
error-reason_required = Un motif est requis.
    .fix = Indiquez pourquoi, en quelques mots.
error-unauthenticated = Vous n'êtes pas connecté.
    .fix = Reconnectez-vous ; vos saisies ne sont pas perdues.
error-tenant_not_registered = Votre organisation n'est pas inscrite aux associations de clients.
    .fix = Demandez à votre administrateur général d'inscrire le locataire Microsoft Entra de votre organisation aux associations de clients.
error-role_required = Vous n'avez pas de rôle permettant cette action.
    .fix = Demandez à votre administrateur général de vous attribuer le rôle Administrateur général, Administrateur de la facturation ou Administrateur de primes incitatives.
error-claim_incomplete = Des réponses manquent ou doivent être corrigées.
    .fix = Corrigez chaque réponse indiquée, puis soumettez à nouveau.
error-program_not_in_organisation = Ce programme partenaire n'appartient pas à votre entreprise.
    .fix = Choisissez dans la liste l'un des ID de programme partenaire de votre entreprise.
error-role_closed = Ce rôle de partenaire ne s'applique pas à ce client.
    .fix = Choisissez un rôle disponible pour le mode d'achat du client.
error-already_claimed = Vous avez déjà une revendication pour ce produit chez ce client.
    .fix = Ouvrez votre revendication existante au lieu d'en créer une autre.
error-reclaim_not_needed = Aucun des abonnements de cette revendication n'a expiré.
    .fix = Une nouvelle revendication n'est nécessaire que si un abonnement expire et est renouvelé sous un nouvel ID.
error-field_locked = Cette réponse ne peut plus être modifiée.
    .fix = Après la soumission, seuls l'ID de programme partenaire, les produits, les contacts et la preuve d'exécution restent modifiables.
error-claim_not_found = Cette revendication n'existe pas.
    .fix = Vérifiez le lien, ou recherchez la revendication dans vos associations de clients.
error-stale_claim = Cette revendication a changé depuis que vous l'avez ouverte.
    .fix = Rechargez-la, vérifiez les changements, puis refaites les vôtres.
error-precondition_required = La requête doit indiquer la version qu'elle modifie.
    .fix = Envoyez l'ETag de la revendication dans l'en-tête If-Match.
error-idempotency_key_required = La requête doit comporter un en-tête Idempotency-Key.
    .fix = Envoyez un en-tête Idempotency-Key unique avec chaque nouvelle requête, et le même en cas de nouvel essai.
error-idempotency_key_reused = Cette valeur Idempotency-Key a déjà servi pour une autre requête.
    .fix = Utilisez une nouvelle valeur Idempotency-Key pour toute nouvelle requête.
error-request_in_flight = Cette requête est toujours en cours de traitement.
    .fix = Patientez un instant, puis réessayez avec la même valeur Idempotency-Key.
error-malformed_request = La requête n'a pas pu être lue.
    .fix = Rechargez la page et réessayez.
error-unsupported_media_type = La requête doit être au format JSON.
    .fix = Envoyez le corps de la requête en application/json.
error-payload_too_large = La requête est trop volumineuse.
    .fix = Envoyez moins de données par requête.
error-too_many_requests = Vous envoyez des modifications plus vite que nous ne pouvons les traiter.
    .fix = Patientez quelques secondes, puis réessayez. Vos saisies ne sont pas perdues.
error-request_timeout = La requête a pris trop de temps.
    .fix = Vérifiez votre connexion, puis réessayez. Vos saisies ne sont pas perdues.
error-page_out_of_range = Cette page de la liste n'existe pas.
    .fix = Revenez à la première page.
error-in_arbitration = Cette revendication est en concurrence avec celle d'un autre partenaire.
    .fix = Tranchez dans le cadre de l'arbitrage : comparez-y les preuves d'exécution des revendications concurrentes et approuvez l'une d'elles.
error-not_found = Il n'y a rien à cette adresse.
    .fix = Vérifiez l'adresse, ou revenez à l'accueil.
error-method_not_allowed = Cette action n'est pas autorisée ici.
    .fix = Revenez à l'accueil et réessayez.
error-internal_error = Un problème est survenu de notre côté.
    .fix = Vos saisies ne sont pas perdues. Réessayez dans une minute ; si le problème persiste, contactez le support.
error-service_unavailable = Le service ne peut pas répondre pour le moment.
    .fix = Vos saisies ne sont pas perdues. Réessayez dans une minute ; si le problème persiste, contactez le support.

## The app's frame: signing in, page titles it decides, the language
## picker, parts that did not download, the failure notice.

app-signing-in = Connexion…
app-loading = Chargement…
app-unreachable = Le service des revendications est injoignable pour le moment. Vos saisies ne sont pas perdues.
app-title-reviewers-only = Les examens sont réservés aux examinateurs Microsoft
app-title-roles-needed = Vous avez besoin d'un autre rôle
app-document-title = { $page } – Associations de clients
app-language = Langue
standalone-crumbs = Incentives › Associations de clients
app-step-missing = Cette étape n'a pas pu être chargée. Vérifiez votre connexion, puis réessayez. Vos saisies ne sont pas perdues.
app-form-missing = Ce formulaire n'a pas pu être chargé. Vérifiez votre connexion, puis réessayez. Vos saisies ne sont pas perdues.
app-crash-title = Les associations de clients ont cessé de fonctionner
app-crash-body = Une erreur s'est produite de notre côté. Ce que vous avez saisi dans une revendication est conservé sur cet appareil : rechargez pour reprendre là où vous en étiez.
app-crash-reload = Recharger les associations de clients
## The claim flow: its pages (new claim, steps, drafts, confirmation)
## and their parts (components).

flow-page-title = { $step } – Nouvelle association de client
flow-caption = Nouvelle association de client
flow-breadcrumb = Fil d'Ariane
flow-back-to-list = Associations de clients
flow-submitted = Revendication soumise
flow-saving = Enregistrement…
flow-saved-offline = Enregistré sur cet appareil. Nous l'enregistrerons dans votre compte dès que le service sera joignable.
flow-saved-at = Enregistré à { $time }
flow-try-again = Réessayer
flow-next = Suivant
flow-submit = Soumettre la revendication
flow-back = Retour

component-retry = Réessayer
component-demo-user = Utilisateur de démo
component-demo-user-option = { $name } ({ $role })
component-error-summary-title = Il y a un problème
component-field-error = Erreur :
component-field-optional = (facultatif)
component-field-support = Contacter le support (s'ouvre dans un nouvel onglet)
component-file-drop-text = Faites glisser des fichiers ici, ou
component-file-drop-browse = Parcourir les fichiers
component-upload-unavailable = Nous ne pouvons pas charger ce fichier pour le moment. Le fichier n'est pas en cause.
component-upload-done = { $file } chargé.
component-upload-problem = { $file } : { $message }
component-upload-list = Fichiers en cours d'envoi
component-upload-progress = Chargement de { $file }
component-upload-percent = { $percent } %
component-upload-dismiss = Fermer
component-program-loading = Chargement de vos programmes partenaires…
component-program-unavailable = Nous ne pouvons pas charger vos programmes partenaires pour le moment. Le problème ne vient pas de vous.
component-program-enrolled = Inscrit aux primes incitatives
component-program-not-enrolled = Non inscrit aux primes incitatives
component-program-meta = ID de programme partenaire { $id } · { $country }
component-program-hint = L'emplacement ou le programme de votre entreprise pour lequel ce travail est revendiqué. Vous ne savez pas lequel ? Demandez à votre administrateur général.
component-program-not-enrolled-title = { $program } n'est inscrit à aucun programme de primes incitatives
component-program-not-enrolled-text = Vous pouvez quand même l'utiliser, mais cette revendication ne rapportera pas de primes incitatives via ce programme tant qu'il n'y est pas inscrit.
component-program-enrolment-link = Gérer l'inscription dans la vue d'ensemble des primes incitatives (s'ouvre dans un nouvel onglet)
component-status = État :
component-arbitration = Arbitrage
component-stepper = Étape { $step } sur { $total }

step-customer-title = Partenaire et client
step-customer-tenant-hint = Aussi appelé ID de répertoire. Il ressemble à 3f2504e0-4f89-41d3-9a0c-0305e82c3301 ; les accolades, espaces et majuscules sont acceptés.
step-customer-domain-hint = Par exemple contoso.onmicrosoft.com, ou un domaine personnalisé que le client a vérifié.
step-customer-checking = Vérification du client…
step-customer-confirmed = Confirmé : { $domain } appartient à { $customer }.
step-customer-unavailable = Nous ne pouvons pas vérifier le client pour le moment. Vos saisies ne sont pas en cause.

step-role-title = Domaine de solutions et rôle
step-role-area = Domaine de solutions
step-role-area-hint = Business Applications correspond à Dynamics 365 ; Modern Work and Security à Microsoft 365, Teams, Defender, etc.
step-role-role = Rôle de partenaire
step-role-help = Quel rôle choisir ?
step-role-help-choose = Choisissez le rôle qui décrit ce que vous avez fait pour ce client. Un mauvais rôle peut vous priver d'éligibilité et de primes incitatives, et vous obliger à créer une nouvelle revendication plus tard.
step-role-help-csp = Les rôles Business Applications ne s'appliquent que si le client a acheté via un contrat de licence en volume ou Web-Direct. Pour les clients qui ont acheté via CSP, utilisez plutôt les associations de clients CSP.
step-role-loading = Chargement des rôles pour ce client…
step-role-unavailable = Nous ne pouvons pas charger les rôles et produits de ce client pour le moment. Vos saisies ne sont pas en cause.
step-role-area-closed = { $customer } a acheté { $area } via CSP ; aucun rôle de partenaire de ce domaine de solutions ne peut donc être revendiqué ici. Choisissez un autre domaine de solutions, ou associez ce client via le programme CSP.
step-role-area-closed-unknown = Ce client a acheté { $area } via CSP ; aucun rôle de partenaire de ce domaine de solutions ne peut donc être revendiqué ici. Choisissez un autre domaine de solutions, ou associez ce client via le programme CSP.
step-role-closed-title = Les rôles { $area } ne sont pas disponibles pour { $customer }
step-role-closed-title-unknown = Les rôles { $area } ne sont pas disponibles pour ce client
step-role-closed-text = { $customer } a acheté { $area } via CSP. Ces rôles ne s'appliquent qu'aux achats via un contrat de licence en volume ou Web-Direct ; les achats CSP sont associés via le programme CSP, pas par une revendication ici.
step-role-closed-text-unknown = Ce client a acheté { $area } via CSP. Ces rôles ne s'appliquent qu'aux achats via un contrat de licence en volume ou Web-Direct ; les achats CSP sont associés via le programme CSP, pas par une revendication ici.
step-role-closed-advice = Si votre travail portait sur Microsoft 365, Teams ou Defender, choisissez « Modern Work and Security » ci-dessus. Sinon, associez ce client via CSP dans l'Espace partenaires.

step-products-title = Produits
step-products-hint = Les produits du locataire du client sur lesquels portait votre travail. Chacun est vérifié dès que vous le choisissez.
step-products-loading = Chargement des produits du client…
step-products-list-unavailable = Nous ne pouvons pas charger les produits de ce client pour le moment. Vos saisies ne sont pas en cause.
step-products-none = Ce client n'a aucun produit de ce domaine de solutions sur son locataire. Revenez en arrière et choisissez l'autre domaine de solutions, ou vérifiez l'ID de locataire avec votre client.
step-products-meta = { $family } · { $count ->
    [one] { $count } abonnement sur le locataire
    [many] { $count } d'abonnements sur le locataire
   *[other] { $count } abonnements sur le locataire
}
step-products-held-elsewhere = Un autre partenaire le détient ou le revendique
step-products-subscription-hint = Le client a plusieurs abonnements de ce produit : entrez l'ID de celui que vise cette revendication. Il figure dans le Centre d'administration Microsoft 365 du client (Facturation > Vos produits).
step-products-checking = Vérification…
step-products-claimable = Peut être revendiqué.
step-products-claimable-subscription = Peut être revendiqué (abonnement { $subscription }).
step-products-arbitration-title = Cette revendication ira en arbitrage
step-products-arbitration-text = Microsoft commence quand même l'examen sous 5 jours ouvrés ; la revendication peut toutefois rester à l'état « En cours d'examen » plus longtemps, le temps d'entendre les deux partenaires. Vous serez informé dans les commentaires de la revendication.
step-products-unavailable = Nous ne pouvons pas vérifier ce produit pour le moment. Vos saisies ne sont pas en cause.
step-products-already-claimed = Votre entreprise a déjà une revendication active sur { $product } pour ce client.
step-products-claimable-from = { $product } pourra être revendiqué à partir du { $date }.
step-products-claimable-from-fix = { $reason } Désélectionnez-le pour continuer sans lui, ou gardez ce brouillon et soumettez-le à cette date.
step-products-gone = { $product } n'est plus sur le locataire du client. Désélectionnez-le.
step-products-existing-claim = Ouvrir votre revendication existante « { $claim } »
step-products-announce-claimable = { $product } peut être revendiqué.
step-products-announce-arbitration = { $product } peut être revendiqué ; un autre partenaire le détient ou le revendique, la revendication ira donc en arbitrage.
step-products-announce-problem = { $product } : { $message }

step-details-title = Détails et contacts
step-details-claim-name = Nom de la revendication
step-details-claim-name-hint = Un nom pour retrouver cette revendication plus tard, comme « Contoso – déploiement de Dynamics 365 Sales ».
step-details-full-name = Nom complet
step-details-job-title = Fonction
step-details-email = Adresse e-mail
step-details-seller = Nom du vendeur de solutions Dynamics
step-details-seller-hint = Le vendeur Microsoft qui a travaillé sur cette opportunité.
step-details-customer-name = Nom du client
step-details-customer-name-hint = L'organisation du client, telle qu'indiquée dans son contrat.
step-details-isv = Nom du produit ou de la solution ISV
step-details-customer-contact = Contact client
step-details-customer-contact-hint = La personne chez le client qui peut confirmer votre travail.
step-details-technical-contact = Contact technique du client
step-details-technical-contact-hint = Pour Dynamics 365 : le responsable technique du produit chez le client.
step-details-your-contact = Votre contact
step-details-your-contact-hint = La personne de votre entreprise que les examinateurs peuvent contacter au sujet de cette revendication.
step-details-revenue = Association du chiffre d'affaires
step-details-revenue-hint = Le rôle « Reconnaissance du chiffre d'affaires influencé » vous associe du chiffre d'affaires ; ces informations identifient la transaction.
step-details-prefilled = Nous avons repris les contacts du client de votre revendication « { $claim } ». Vérifiez qu'ils sont toujours exacts.

step-evidence-title = Preuve d'exécution
step-evidence-checklist = Ce que vérifient les examinateurs
step-evidence-check-acknowledgement = L'approbation ou la signature du client
step-evidence-check-date = Une date dans les 12 derniers mois
step-evidence-check-tenant = L'ID de locataire et le domaine du client
step-evidence-check-products = Chaque produit revendiqué, par son nom
step-evidence-check-work = Une description du travail effectué pour le client
step-evidence-template = Télécharger le modèle
step-evidence-template-format = (RTF, s'ouvre dans Word)
step-evidence-documents = Vos documents
step-evidence-hint = PDF, documents Office, messages Outlook, CSV, RTF, XPS ou images ; jusqu'à 25 Mo chacun et { $max ->
    [one] { $max } fichier par revendication.
    [many] { $max } de fichiers par revendication.
   *[other] { $max } fichiers par revendication.
}
step-evidence-files = Fichiers
step-evidence-remove = Supprimer
step-evidence-remove-file = Supprimer { $file }
step-evidence-removed = { $file } supprimé.
step-evidence-remove-failed = Nous ne pouvons pas supprimer { $file } pour le moment. Réessayez.
step-evidence-comment = Commentaire pour les examinateurs
step-evidence-comment-hint = Tout ce qui les aide à lire vos documents.

step-answers-title = Vérifiez vos réponses
step-answers-change = Modifier
step-answers-change-customer = partenaire et client
step-answers-change-role = domaine de solutions et rôle
step-answers-change-products = produits
step-answers-change-details = détails et contacts
step-answers-change-evidence = preuve d'exécution
step-answers-program = { $program } ({ $id })
step-answers-product = Produit
step-answers-product-subscription = { $product }, abonnement { $subscription }
step-answers-seller = Vendeur de solutions Dynamics
step-answers-isv = Produit ou solution ISV
step-answers-file = Fichier
step-answers-file-size = { $file } ({ $size })
step-answers-comment = Commentaire
step-answers-before = Avant de soumettre
step-answers-before-notified = Votre client sera informé de cette association. Dès que Microsoft l'approuve, le contact client est prévenu et peut la refuser sous 7 jours.
step-answers-before-review = Microsoft commence l'examen sous 5 jours ouvrés. S'il nous faut plus d'informations, nous vous les demanderons dans les commentaires de la revendication.
step-answers-sending = Envoi de votre revendication…
step-answers-retrying = Le service est injoignable. Votre revendication est enregistrée ; nouvel essai dans { $seconds ->
    [one] { $seconds } seconde…
    [many] { $seconds } de secondes…
   *[other] { $seconds } secondes…
}
step-answers-offline = Enregistrée, pas encore envoyée : vous êtes hors connexion. Nous enverrons votre revendication dès votre retour en ligne.
step-answers-failed = Enregistrée, pas encore envoyée : le service est injoignable. Rien n'est perdu ; réessayez dans un instant.

drafts-count = Vos brouillons ({ $count })
drafts-title-for = Brouillon pour { $domain }
drafts-title-no-customer = Brouillon sans client pour l'instant
drafts-step = Étape { $step } sur { $total } : { $name }
drafts-changed-just-now = Modifié à l'instant
drafts-changed-minutes = { $count ->
    [one] Modifié il y a { $count } minute
    [many] Modifié il y a { $count } de minutes
   *[other] Modifié il y a { $count } minutes
}
drafts-changed-hours = { $count ->
    [one] Modifié il y a { $count } heure
    [many] Modifié il y a { $count } d'heures
   *[other] Modifié il y a { $count } heures
}
drafts-changed-yesterday = Modifié hier
drafts-changed-days = { $count ->
    [one] Modifié il y a { $count } jour
    [many] Modifié il y a { $count } de jours
   *[other] Modifié il y a { $count } jours
}
drafts-changed-on = Modifié le { $date }
drafts-continue = Continuer
drafts-continue-draft = Continuer { $draft }
drafts-delete = Supprimer
drafts-delete-draft = Supprimer { $draft }
drafts-delete-group = Supprimer { $draft } ?
drafts-delete-question = Supprimer ce brouillon ? Ses réponses et fichiers seront supprimés ; c'est irréversible.
drafts-delete-for-good = Supprimer définitivement { $draft }
drafts-delete-confirm = Supprimer le brouillon
drafts-keep = Conserver
drafts-deleted = « { $draft } » a été supprimé.
drafts-delete-refused = Impossible de supprimer « { $draft } » : { $reason }
drafts-delete-failed = Nous ne pouvons pas supprimer « { $draft } » pour le moment. Il reste dans vos brouillons ; réessayez dans un instant.
drafts-kept = La revendication affichée est conservée dans vos brouillons quand vous en commencez une autre.
drafts-start-new = Commencer une nouvelle revendication

confirmation-title = Votre revendication a été envoyée à Microsoft
confirmation-claim-id = ID de revendication
confirmation-go-to-claim = Accédez à votre revendication « { $claim } »
confirmation-go-to-claim-for = { " " }pour suivre son examen, ajouter des preuves ou répondre aux examinateurs.
confirmation-arbitration-title = Cette revendication est en arbitrage
confirmation-arbitration-text = Elle peut rester à l'état « En cours d'examen » plus de 5 jours ouvrés, le temps que Microsoft entende les deux partenaires ; vous serez informé dans les commentaires de la revendication.
confirmation-next = Et ensuite ?
confirmation-review-by = { $days ->
    [one] Microsoft commence son examen sous { $days } jour ouvré, au plus tard le { $date }.
    [many] Microsoft commence son examen sous { $days } de jours ouvrés, au plus tard le { $date }.
   *[other] Microsoft commence son examen sous { $days } jours ouvrés, au plus tard le { $date }.
}
confirmation-review = { $days ->
    [one] Microsoft commence son examen sous { $days } jour ouvré.
    [many] Microsoft commence son examen sous { $days } de jours ouvrés.
   *[other] Microsoft commence son examen sous { $days } jours ouvrés.
}
confirmation-more-needed = Si les examinateurs ont besoin de compléments, la revendication passe à l'état « Action du partenaire requise » et ils vous les demandent dans ses commentaires : vous avez alors 5 jours ouvrés pour répondre.
confirmation-approved = Une fois la revendication approuvée, le client est informé et peut refuser l'association sous 7 jours ; elle devient ensuite éligible.
confirmation-start-another = Commencer une autre revendication
## The app's pages outside the claim flow: page titles (`page-`), the
## associations list (`list-`), its CSV export (`export-`), the compact
## recent list (`recent-`), the access notices (`access-page-`), a
## claim's page (`claim-page-`), its history (`history-`) and comments
## (`thread-`), the partner's actions on it (`claim-action-`) and the
## reviewers' pages (`review-`). `$date` is a date already written out;
## `$countdown` the deadline's countdown. History sentences: `$who`, then
## what they did (a clause in the passé composé: « a modifié … »).

page-title-associations = Associations de clients
page-title-new-claim = Nouvelle association de client
page-title-claim = Revendication { $id }
page-title-review-queue = File d'examen
page-title-review = Examen { $id }
page-title-not-found = Page introuvable
page-title-claim-document = { $claim } – Associations de clients
page-title-review-document = Examen { $claim } – File d'examen
page-not-found-body = Il n'y a rien à cette adresse. Si vous l'avez saisie, vérifiez-la ; si vous avez suivi un lien, la revendication a peut-être été supprimée ou appartient à une autre organisation.
page-reviewers-only-heading = Les examens sont réservés aux examinateurs Microsoft
page-reviewers-only-body = Les examinateurs Microsoft traitent les revendications soumises par les partenaires. Vos propres revendications, avec leur état et tout ce que les examinateurs ont dit, se trouvent dans vos associations de clients.
page-go-to-list = Accéder à vos associations de clients
page-part-missing = Cette page n'a pas pu être chargée. Vérifiez votre connexion, puis réessayez. Vos saisies ne sont pas perdues.

list-continue = Continuer
list-continue-label = Continuer { $name }
list-next-deadline = Prochaine échéance
list-no-deadline = Aucune échéance
list-deadline = { $date } · { $countdown }
list-pages = Pages
list-previous = Précédent
list-page-of = Page { $page } sur { $pages }
list-next-page = Page suivante
list-loading = Chargement de vos associations de clients…
list-unavailable = Impossible de charger vos associations de clients pour le moment. Le problème ne vient pas de vous.
list-empty-filtered = Aucune association de client ne correspond à ces filtres. Retirez un filtre ou cherchez autre chose.
list-empty = Vous n'avez encore aucune association de client. Commencez par « Nouvelle association de client ».
list-count = { $count ->
    [one] { $count } association de client
   *[other] { $count } associations de clients
}
list-sorted = échéance la plus proche en premier
list-column-claim = Revendication
list-column-customer = Client
list-column-area-role = Domaine de solutions et rôle
list-column-status = État
list-lede = Les revendications de votre entreprise pour être le partenaire attitré des produits Microsoft de ses clients.
list-all-statuses = Tous les états
list-filter-area = Domaine de solutions
list-all-areas = Tous les domaines de solutions
list-search-label = Recherche
list-search-button = Rechercher
list-search-placeholder = Nom, domaine, ID de locataire ou ID de revendication

export-button = Exporter en CSV
export-running = Exportation…
export-done = { $count ->
    [one] { $count } association de client exportée.
   *[other] { $count } associations de clients exportées.
}
export-failed-title = L'exportation n'a pas abouti
export-failed-page = La page { $page } sur { $pages } n'a pas pu être chargée, donc rien n'a été téléchargé : un fichier sans ces revendications serait incomplet.
export-failed = Vos associations de clients n'ont pas pu être chargées, donc rien n'a été téléchargé.
export-not-your-side = Le problème ne vient pas de vous.
export-retry = Relancer l'exportation
export-column-claim-id = ID de revendication
export-column-claim-name = Nom de la revendication
export-column-customer = Client
export-column-domain = Domaine du client
export-column-area = Domaine de solutions
export-column-role = Rôle de partenaire
export-column-products = Produits
export-column-status = État
export-column-deadline = Prochaine échéance
export-column-arbitration = En arbitrage
export-yes = Oui
export-no = Non

recent-admins-only = Les associations de clients sont créées par les administrateurs de votre entreprise.
recent-loading = Chargement de vos revendications récentes…
recent-unavailable = Impossible de charger vos revendications récentes pour le moment.
recent-empty = Vous n'avez encore créé aucune association de client.
recent-label = Vos revendications récentes
recent-view-all = Voir toutes les associations de clients

access-page-ended-heading = Votre session a expiré
access-page-ended-body = Reconnectez-vous dans votre tableau de bord partenaire, puis sélectionnez « Réessayer ». Vos saisies ne sont pas perdues.
access-page-try-again = Réessayer
access-page-dashboard-heading = Connectez-vous depuis votre tableau de bord partenaire
access-page-dashboard-body = Les associations de clients s'ouvrent dans votre tableau de bord partenaire, qui vous connecte avec votre compte professionnel. Ouvrez votre tableau de bord et accédez aux associations de clients.
access-page-dashboard-link = Si vous êtes arrivé ici par un lien, rouvrez ce lien depuis votre tableau de bord.
access-page-support-reference = Si vous contactez le support, indiquez la référence { $reference }.
access-page-reviewer-heading = Ce sont les partenaires qui créent les associations de clients
access-page-reviewer-body = Vous êtes connecté en tant que { $name }, examinateur. Les examinateurs évaluent les revendications ; ils n'en créent pas.
access-page-roles-heading = Vous avez besoin d'un autre rôle pour créer des associations de clients
access-page-roles-body = { $needed } Vous êtes connecté en tant que { $name } ({ $role }).

claim-page-breadcrumb = Fil d'Ariane
claim-page-about = À propos de cette revendication
claim-page-claim-id = ID de revendication
claim-page-loading = Chargement de la revendication…
claim-page-cant-show = Impossible d'afficher cette revendication
claim-page-unreachable = Le service des revendications est injoignable pour le moment. Réessayez dans un instant.
claim-page-details = Détails de la revendication
claim-page-comments = Commentaires
claim-page-timeline = Chronologie
claim-page-timeline-empty = La chronologie commence à la soumission de la revendication.
claim-page-history = Historique
claim-page-status-draft = Brouillon
claim-page-program = { $name } ({ $id })
claim-page-enrolled = inscrit aux primes incitatives
claim-page-not-enrolled = non inscrit aux primes incitatives
claim-page-product-subscription = { $product }, abonnement { $subscription }
claim-page-customer-meta = { $domain } · locataire { $tenant }
claim-page-tenant = Locataire { $tenant }
claim-page-locked = (verrouillé)
claim-page-partner-program = Programme partenaire
claim-page-customer = Client
claim-page-solution-area = Domaine de solutions
claim-page-partner-role = Rôle de partenaire
claim-page-claim-name = Nom de la revendication
claim-page-customer-contact = Contact client
claim-page-technical-contact = Contact technique du client
claim-page-partner-contact = Contact partenaire
claim-page-solution-seller = Vendeur de solutions Dynamics
claim-page-revenue-customer = Nom du client pour le chiffre d'affaires
claim-page-isv-product = Produit ou solution ISV
claim-page-comment = Commentaire pour les examinateurs
claim-page-download-failed = Impossible de télécharger { $file } pour le moment. Réessayez dans un instant.
claim-page-no-files = Aucune preuve d'exécution pour l'instant.
claim-page-file-meta = { $size } · ajouté le { $date }
claim-page-download = Télécharger
claim-page-download-label = Télécharger { $file }
claim-page-draft-title = Cette revendication est un brouillon
claim-page-draft-body = Rien n'est envoyé à Microsoft tant que vous ne la soumettez pas. Continuez-la pour terminer les réponses et la soumettre.
claim-page-submitted-title = Microsoft va commencer l'examen de cette revendication
claim-page-submitted-title-by = Microsoft va commencer l'examen de cette revendication d'ici le { $date } ({ $countdown })
claim-page-submitted-body = Rien n'est attendu de vous pour l'instant. Jusqu'au début de l'examen, vous pouvez encore modifier le programme partenaire, les produits et les contacts.
claim-page-review-title = Microsoft examine cette revendication : une décision est attendue
claim-page-review-title-by = Microsoft examine cette revendication : une décision est attendue d'ici le { $date } ({ $countdown })
claim-page-review-body = Rien n'est attendu de vous pour l'instant. Si les examinateurs ont besoin de plus, ils le demandent dans les commentaires ci-dessous.
claim-page-action-title = Microsoft a besoin de compléments de votre part
claim-page-action-title-by = Microsoft a besoin de compléments de votre part d'ici le { $date } ({ $countdown })
claim-page-action-body = Lisez la demande de l'examinateur épinglée dans les commentaires, modifiez ce qu'elle demande, ajoutez des preuves si besoin, puis soumettez à nouveau. Sans réponse à temps, la revendication est refusée. La demande porte sur :
claim-page-approved-title = Approuvée
claim-page-approved-body-until = Le client a été informé et peut refuser l'association jusqu'au { $date }. Ensuite, la revendication devient éligible aux primes incitatives.
claim-page-approved-body = Le client a été informé et peut refuser l'association pendant 7 jours ; ensuite, la revendication devient éligible aux primes incitatives.
claim-page-eligible-title = Éligible aux primes incitatives
claim-page-eligible-body = La revendication rapporte des primes incitatives tant que l'abonnement du client reste actif ou en période de grâce. Un abonnement qui expire reçoit un nouvel ID : revendiquez-le alors à nouveau.
claim-page-rejected-title = Refusée
claim-page-rejected-title-reason = Refusée : { $reason }
claim-page-rejected-body-until = Vous pouvez contester cette décision jusqu'au { $date } avec une justification commerciale, une preuve d'exécution mise à jour, ou les deux.
claim-page-rejected-body = Cette décision ne peut plus être contestée. Créez une nouvelle revendication si la situation a changé.
claim-page-disputed-title = Microsoft traite votre contestation : une réponse est attendue
claim-page-disputed-title-by = Microsoft traite votre contestation : une réponse est attendue d'ici le { $date } ({ $countdown })
claim-page-disputed-body = Rien n'est attendu de vous pour l'instant ; l'examinateur répond dans les commentaires.
claim-page-withdrawn-title = Retirée
claim-page-withdrawn-body = Cette revendication ne détient plus ses produits. Créez une nouvelle revendication pour associer à nouveau ce client.
claim-page-held-title = Un autre partenaire revendique désormais ce que détient cette revendication
claim-page-held-body = Votre revendication reste approuvée pendant que Microsoft compare les preuves d'exécution des deux partenaires (la plus récente compte). Les examinateurs peuvent vous demander des compléments dans les commentaires ; le plus utile est un document récent, signé ou approuvé par le client, qui mentionne le produit et décrit votre travail.
claim-page-arbitration-title = Cette revendication est en arbitrage
claim-page-changed-status = son état est maintenant « { $status } »
claim-page-changed-program = le programme partenaire
claim-page-changed-customer = le client
claim-page-changed-area-role = le domaine de solutions ou le rôle
claim-page-changed-products = les produits
claim-page-changed-name = le nom de la revendication
claim-page-changed-contacts = les contacts
claim-page-changed-other = d'autres réponses
claim-page-changed-list = { $list }, { $next }
claim-page-changed-one = changement : { $what }
claim-page-changed-many = changements : { $list } et { $last }

history-entry = { $who } { $action }
history-who-reviewer = Un examinateur Microsoft
history-who-customer = Le client
history-who-clock = L'Espace partenaires
history-who-partner = Le partenaire
history-quoted = « { $text } »
history-set = a défini { $what } sur { $new }
history-cleared = a effacé { $what } (auparavant : { $old })
history-changed = a fait passer { $what } de { $old } à { $new }
history-set-also = défini { $what } sur { $new }
history-cleared-also = effacé { $what } (auparavant : { $old })
history-changed-also = fait passer { $what } de { $old } à { $new }
history-both = { $first } et { $second }
history-field-area = le domaine de solutions
history-field-role = le rôle de partenaire
history-field-program = l'ID de programme partenaire
history-field-products = les produits
history-field-customer = le client
history-customer-value = { $domain } (locataire { $tenant })
history-contact-field = { $part } du { $contact }
history-contact-customer = contact client
history-contact-technical = contact technique du client
history-contact-partner = contact partenaire
history-part-name = le nom
history-part-title = la fonction
history-part-email = l'adresse e-mail
history-named = a nommé la revendication { $name }
history-renamed = a renommé la revendication de { $old } en { $new }
history-name-cleared = a effacé le nom de la revendication
history-revenue = a modifié les détails d'association du chiffre d'affaires
history-comment = a modifié le commentaire pour les examinateurs
history-changed-field = a modifié { $field }
history-submitted = a soumis la revendication
history-resubmitted = a soumis à nouveau la revendication avec une réponse
history-disputed = a contesté la décision
history-withdrew = a retiré la revendication
history-started-review = a commencé l'examen
history-requested-information = a demandé des informations complémentaires
history-approved = a approuvé la revendication
history-won-arbitration = a approuvé la revendication à l'issue de l'arbitrage
history-lost-arbitration = a refusé la revendication : la revendication d'un autre partenaire a remporté l'arbitrage
history-rejected = a refusé la revendication
history-declined = a refusé l'association
history-closed-no-answer = a clôturé la revendication : aucune réponse n'est arrivée sous 5 jours ouvrés
history-opt-out-ended = a clos le délai de refus du client : la revendication est éligible
history-moved = a fait passer la revendication à l'état « { $status } »
history-status-changed = a changé l'état de la revendication
history-reason = Motif : { $reason }
history-created = a commencé la revendication en brouillon
history-commented = a commenté
history-file-added = a ajouté une preuve d'exécution : { $file }
history-file-removed = a supprimé une preuve d'exécution : { $file }
history-reclaimed = a revendiqué à nouveau avec un nouveau brouillon : { $claim }
history-note = a ajouté une note
history-gave-reason = a indiqué un motif
history-empty = Aucun événement pour cette revendication pour l'instant.

thread-partner = Partenaire
thread-reviewer = Examinateur Microsoft
thread-notice = Avis
thread-empty = Aucun commentaire pour l'instant.
thread-pinned = Demande épinglée
thread-meta = { $side } · { $date }
thread-in-reply-to = · en réponse à { $author }
thread-reply = Répondre
thread-reply-label = Répondre à { $author }
thread-write-first = Écrivez d'abord votre commentaire.
thread-post-failed = Impossible de publier votre commentaire pour le moment. Il est toujours là ; réessayez dans un instant.
thread-your-reply = Votre réponse à { $author }
thread-add-comment = Ajouter un commentaire
thread-post = Publier le commentaire
thread-cancel-reply = Annuler la réponse

claim-action-continue = Continuer ce brouillon
claim-action-edit = Modifier la revendication
claim-action-resubmit = Répondre et soumettre à nouveau
claim-action-dispute = Contester la décision
claim-action-withdraw = Retirer
claim-action-reclaim = Revendiquer avec le nouvel abonnement
claim-action-actions = Actions
claim-action-unavailable = Le service des revendications est injoignable. Vos saisies ne sont pas perdues ; réessayez dans un instant.
claim-action-stale = Quelqu'un d'autre a modifié cette revendication pendant que vous écriviez ({ $what }). La page l'affiche maintenant telle qu'elle est ; votre texte est toujours là. Vérifiez-le, puis envoyez-le à nouveau.
claim-action-stale-unknown = Cette revendication a changé pendant que vous écriviez. Votre texte est toujours là ; rechargez la page pour voir la revendication telle qu'elle est, puis envoyez-le à nouveau.
claim-action-stale-title = Cette revendication a changé
claim-action-withdraw-reason-needed = Indiquez pourquoi vous retirez cette revendication.
claim-action-add-proof = Ajouter une preuve d'exécution
claim-action-add-proof-hint = Les fichiers ajoutés ici sont transmis aux examinateurs avec les autres preuves de la revendication.
claim-action-resubmit-heading = Répondre à la demande et soumettre à nouveau d'ici le { $date }
claim-action-resubmit-intro = Modifiez ce que l'examinateur a demandé avec « Modifier la revendication », ajoutez des preuves ci-dessous, puis soumettez à nouveau. Sans réponse avant l'échéance, la revendication est refusée.
claim-action-resubmit-label = Votre réponse à l'examinateur (facultatif)
claim-action-resubmit-hint = Elle est ajoutée aux commentaires.
claim-action-resubmit-button = Soumettre à nouveau
claim-action-dispute-heading = Contester la décision d'ici le { $date }
claim-action-dispute-intro = Expliquez pourquoi la décision devrait changer, ajoutez une preuve d'exécution mise à jour, ou les deux. Un examinateur répond sous 5 jours ouvrés.
claim-action-dispute-intro-reason = La revendication a été refusée : { $reason }. Expliquez pourquoi la décision devrait changer, ajoutez une preuve d'exécution mise à jour, ou les deux. Un examinateur répond sous 5 jours ouvrés.
claim-action-dispute-label = Justification commerciale
claim-action-dispute-hint = Ce que l'examinateur doit revoir. Vous pouvez laisser ce champ vide si vous ajoutez une preuve mise à jour ci-dessous.
claim-action-dispute-button = Envoyer la contestation
claim-action-withdraw-heading = Retirer cette revendication
claim-action-withdraw-intro = La revendication ne détiendra plus ses produits pour ce client, et c'est définitif : pour associer à nouveau le client, vous créerez une nouvelle revendication.
claim-action-withdraw-label = Pourquoi retirez-vous cette revendication ?
claim-action-withdraw-hint = Les examinateurs et vos collègues voient ce motif.
claim-action-withdraw-button = Retirer la revendication
claim-action-cancel = Annuler
claim-action-subscription-for = ID d'abonnement pour { $product }
claim-action-choose-subscription = Choisissez un abonnement
claim-action-subscription = { $id } ({ $status })
claim-action-loading-products = Chargement des produits du client…
claim-action-products-unavailable = Impossible de charger les produits du client pour le moment.
claim-action-edit-intro = Vous pouvez modifier l'ID de programme partenaire, les produits et les contacts. Le client, le domaine de solutions, le rôle et le nom de la revendication sont verrouillés après la soumission.
claim-action-your-contact = Votre contact
claim-action-edit-comment = Commentaire pour l'examinateur (facultatif)
claim-action-edit-comment-hint = Indiquez ce que vous avez modifié et pourquoi ; il est ajouté aux commentaires.
claim-action-edit-proof-hint = Les fichiers sont ajoutés à la revendication dès leur chargement.
claim-action-save = Enregistrer les modifications

review-no-files = Aucune preuve d'exécution
review-files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
review-files-latest = { $count ->
    [one] { $count } fichier, dernier ajouté le { $date }
   *[other] { $count } fichiers, dernier ajouté le { $date }
}
review-this-claim = Cette revendication · { $id }
review-role = Rôle
review-proof = Preuve
review-submitted = Soumise le
review-arbitration-heading = Arbitrage : revendications concurrentes
review-arbitration-hint = Comparez les preuves d'exécution de chaque partenaire ; la plus récente compte. Approuver cette revendication refuse les autres.
review-arbitration-reason = Pourquoi cette revendication l'emporte (visible par les autres partenaires)
review-arbitration-approve = Approuver cette revendication et refuser les autres
review-start-heading = Commencer l'examen
review-start-body = Le partenaire est informé du début de l'examen ; une décision est alors attendue sous 5 jours ouvrés.
review-start-button = Commencer l'examen
review-approve = Approuver
review-approve-contested = D'autres partenaires revendiquent le même produit : approuvez une revendication dans l'arbitrage, ce qui refuse les autres avec votre motif.
review-approve-body = La preuve d'exécution atteste le travail du partenaire. Le client est informé et dispose de 7 jours pour refuser.
review-request = Demander des informations
review-request-hint = Le partenaire a 5 jours ouvrés pour répondre ; sans réponse, la revendication est refusée.
review-request-comment = Ce que le partenaire doit faire
review-reject = Refuser
review-reject-reason = Motif
review-reject-comment = Commentaire pour le partenaire
review-no-decision = { $status ->
    [editing] Aucune décision en attente : la revendication est en cours de modification.
    [submitted] Aucune décision en attente : la revendication est soumise.
    [under_review] Aucune décision en attente : la revendication est en cours d'examen.
    [partner_action_required] Aucune décision en attente : la revendication attend une action du partenaire.
    [approved] Aucune décision en attente : la revendication est approuvée.
    [eligible] Aucune décision en attente : la revendication est éligible.
    [rejected] Aucune décision en attente : la revendication est refusée.
    [disputed] Aucune décision en attente : la revendication est contestée.
   *[withdrawn] Aucune décision en attente : la revendication est retirée.
}
review-started = Examen commencé. Une décision est attendue.
review-started-by = Examen commencé. Une décision est attendue d'ici le { $date }.
review-requested = Informations demandées.
review-requested-until = Informations demandées. Le partenaire a jusqu'au { $date } pour répondre.
review-approved = Approuvée. Le client est informé et dispose de 7 jours pour refuser.
review-rejected = Refusée. Le motif est communiqué au partenaire dans les commentaires.
review-arbitration-won = { $count ->
    [one] Approuvée après arbitrage. { $count } revendication concurrente a été refusée, et son partenaire en a été informé.
   *[other] Approuvée après arbitrage. { $count } revendications concurrentes ont été refusées, et leurs partenaires en ont été informés.
}
review-done = Terminé.
review-unreachable = Le service des revendications est injoignable pour le moment.
review-not-recorded = Impossible d'enregistrer cette action pour le moment. Réessayez dans un instant.
review-caption = Examen · { $organisation }
review-due = Échéance
review-demo-opt-out = Démo : le lien que reçoit le client pour refuser cette association :
review-decision = Décision
review-on-time = Dans les délais
review-due-today = Échéance aujourd'hui
review-overdue = En retard
review-loading = Chargement de la file…
review-unavailable = Impossible de charger la file d'examen pour le moment.
review-empty = Aucune revendication n'est en attente d'examen.
review-count = { $count ->
    [one] { $count } revendication en attente
   *[other] { $count } revendications en attente
}
review-sorted = échéance la plus proche en premier
review-column-partner = Partenaire et client
review-lede = Revendications soumises, contestées ou complétées par les partenaires, en attente d'une décision.
## cpor-core: the rules' own sentences (domain, text, email, poe, program,
## date, subscription, status, transition, claim, role, area, access,
## clock, core). Labels read as labels; sentences end with a full stop.

domain-empty = Entrez le domaine du client.
domain-too-long = Ceci compte { $length } caractères ; un domaine en compte { $max } au maximum.
domain-looks-like-email = Ceci est une adresse e-mail. Entrez seulement le domaine après le @ : { $domain }.
domain-looks-like-email-only = Cela ressemble à une adresse e-mail. Entrez seulement le domaine, comme contoso.onmicrosoft.com.
domain-looks-like-tenant-id = Cela ressemble à un ID de locataire, pas à un domaine. Indiquez-le dans « ID de locataire du client » et entrez ici le domaine du client.
domain-has-path = Entrez seulement le domaine, sans le reste de l'adresse web : { $host }.
domain-has-port = Entrez seulement le domaine, sans le numéro de port : { $host }.
domain-single-label = « { $label } » n'est qu'une partie d'un domaine. Entrez le domaine complet, comme { $label }.onmicrosoft.com.
domain-empty-label = Deux points se suivent, ou un point figure au début. Chaque point doit séparer deux parties du domaine.
domain-label-too-long = « { $label } » compte { $length } caractères ; chaque partie d'un domaine entre deux points en compte { $max } au maximum.
domain-character = Un domaine ne peut pas contenir { $char } : utilisez des lettres, des chiffres et des tirets, avec des points entre les parties.
domain-hyphen = « { $label } » commence ou se termine par un tiret, ce qui est impossible dans un domaine.
domain-ip-address = Ceci est une adresse IP. Entrez le domaine du client, comme contoso.onmicrosoft.com.
domain-top-level = « .{ $label } » n'est pas une extension de domaine possible. Vérifiez la partie après le dernier point.
domain-punycode = « { $label } » n'est pas une partie internationalisée (xn--) valide.
domain-not-mappable = « { $label } » ne peut pas faire partie d'un domaine : il mélange des caractères que les domaines ne peuvent pas combiner. Copiez à nouveau le domaine transmis par votre client.

## Free text. `$noun` is what the answer is called (a `text-noun-…`
## message); `$name` a character's name (a `text-char-…` message).

text-empty = Renseignez le champ « { $noun } ».
text-too-long = « { $noun } » : { $max } caractères au maximum ; ce texte en compte { $length }.
text-character = « { $noun } » ne peut pas contenir { $char }.
text-bidi = « { $noun } » contient un caractère de direction masqué : { $name } (U+{ $code }). Il peut afficher le texte dans un autre ordre que celui où il est enregistré. Supprimez-le, ou retapez le texte au lieu de le coller.
text-invisible = « { $noun } » contient un caractère invisible : { $name } (U+{ $code }). Il peut masquer ce que dit réellement le texte. Supprimez-le, ou retapez le texte au lieu de le coller.
text-no-letter = « { $noun } » doit contenir au moins une lettre.
text-noun-claim-name = Nom de la revendication
text-noun-name = Nom
text-noun-job-title = Fonction
text-noun-email = Adresse e-mail
text-noun-comment = Commentaire
text-noun-reason = Motif
text-noun-answer = Réponse
text-noun-justification = Justification commerciale
text-noun-information-request = Demande au partenaire
text-noun-decision-reason = Motif de la décision
text-char-lre = enchâssement gauche à droite
text-char-rle = enchâssement droite à gauche
text-char-pdf = fin de formatage directionnel
text-char-lro = forçage gauche à droite
text-char-rlo = forçage droite à gauche
text-char-lri = isolat gauche à droite
text-char-rli = isolat droite à gauche
text-char-fsi = isolat de première forte
text-char-pdi = fin d'isolat directionnel
text-char-lrm = marque gauche à droite
text-char-rlm = marque droite à gauche
text-char-alm = marque de lettre arabe
text-char-direction-control = caractère de contrôle de direction
text-char-zwsp = espace sans chasse
text-char-zwnj = antiliant sans chasse
text-char-zwj = liant sans chasse
text-char-wj = gluon de mots
text-char-invisible-operator = opérateur invisible
text-char-zwnbsp = espace insécable sans chasse
text-char-soft-hyphen = trait d'union conditionnel
text-char-cgj = gluon de graphèmes
text-char-mvs = séparateur de voyelles mongol
text-char-hangul-filler = remplissage hangûl
text-char-tag = caractère d'étiquette
text-char-other = caractère
email-at = Entrez une adresse e-mail avec un seul @, comme nom@contoso.com.
email-local = La partie avant le @ n'est pas possible dans une adresse e-mail.
email-domain = La partie après le @ n'est pas un domaine comme contoso.com.

## A claim's answers that keep it from being submitted. `$who` is
## `customer` (the customer contact), `technical` (the customer's
## technical contact) or `partner` (the partner's own contact).

claim-contact-name = { $who ->
    [customer] Entrez le nom du contact client.
    [technical] Entrez le nom du contact technique du client.
   *[partner] Entrez le nom de votre contact.
}
claim-contact-title = { $who ->
    [customer] Entrez la fonction du contact client.
    [technical] Entrez la fonction du contact technique du client.
   *[partner] Entrez la fonction de votre contact.
}
claim-contact-email = { $who ->
    [customer] Entrez l'adresse e-mail du contact client.
    [technical] Entrez l'adresse e-mail du contact technique du client.
   *[partner] Entrez l'adresse e-mail de votre contact.
}
claim-name-empty = Entrez un nom pour la revendication.
claim-solution-seller-empty = Entrez le nom du vendeur de solutions Dynamics.
claim-customer-name-empty = Entrez le nom du client.
claim-isv-product-empty = Entrez le nom du produit ou de la solution ISV.
claim-area-missing = Choisissez le domaine de solutions.
claim-role-missing = Choisissez votre rôle de partenaire.
claim-role-not-in-area = « { $role } » n'est pas un rôle de « { $area } ».
claim-products-missing = Choisissez au moins un produit.
claim-product-repeated = Ce produit figure deux fois dans la revendication : indiquez chaque produit une seule fois.
claim-product-unknown = Ce produit ne peut pas être revendiqué.

## Purchase channels, solution areas and partner roles.

role-channel-csp = Fournisseur de solutions cloud (CSP)
role-channel-volume-licensing = Contrat de licence en volume
role-channel-web-direct = Web-Direct
area-business-applications = Business Applications
area-modern-work-and-security = Modern Work and Security
role-build-intent-advisor = Intention d'achat - Conseiller
role-usage-recognition = Reconnaissance de l'utilisation - Sans prime incitative
role-influenced-revenue-recognition = Reconnaissance du chiffre d'affaires influencé - Sans prime incitative
role-use-or-consume = Utilisation ou consommation
role-build-intent-advisor-description = Choisissez ce rôle si vous avez influencé l'achat d'un produit éligible par le client et souhaitez demander des primes incitatives de prévente.
role-usage-recognition-description = Choisissez ce rôle si vous favorisez l'adoption et l'utilisation d'une charge de travail éligible chez le client et souhaitez demander des primes incitatives d'utilisation.
role-influenced-revenue-recognition-description = Choisissez ce rôle si vous avez influencé le choix d'un produit éligible par le client en tant que Business Influencer. Le chiffre d'affaires vous est associé ; aucune prime incitative n'est versée.
role-use-or-consume-description = Choisissez ce rôle si vous favorisez l'adoption et l'utilisation d'une charge de travail éligible chez le client et souhaitez des primes incitatives d'utilisation, l'atteinte d'objectifs d'utilisation ou de compétences, ou les deux.
role-closed-csp = Non disponible : ce client a acheté via CSP. Les rôles Business Applications ne s'appliquent qu'aux achats via un contrat de licence en volume ou Web-Direct ; les associations CSP relèvent d'un autre programme.

## Who may use the claim flow. `access-roles-needed` names the three roles
## that may claim (`access-global-admin`, `-billing-admin`,
## `-incentives-admin`).

access-global-admin = Administrateur général
access-billing-admin = Administrateur de la facturation
access-incentives-admin = Administrateur de primes incitatives
access-partner-user = Utilisateur partenaire
access-reviewer = Examinateur
access-roles-needed = Pour les associations de clients, vous avez besoin de l'un de ces rôles : { $first }, { $second }, { $third }. Demandez à votre administrateur général de vous en attribuer un.

## Dates. `date-long`: `$day` and `$year` are digits, `$month` the
## month's number (1–12).

date-format = Entrez une date au format AAAA-MM-JJ, par exemple 2026-11-24.
date-long = { $day } { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }

## A claim's statuses, as Partner Center names them.

status-editing = En cours de modification
status-submitted = Soumise
status-under-review = En cours d'examen
status-partner-action-required = Action du partenaire requise
status-approved = Approuvée
status-eligible = Éligible
status-rejected = Refusée
status-disputed = Contestée
status-withdrawn = Retirée

## Why a claim can't move: `$who` is who may act (`partner`, `reviewer`,
## `customer`, `clock`); `$action` the action and `$status` the claim's
## status, as the API spells them; `$date` a date in words; `$reason` a
## rejection reason (`transition-rejection-…`).

transition-not-your-action = { $who ->
    [partner] Seul le partenaire à l'origine de la revendication peut effectuer cette action.
    [reviewer] Seul un examinateur Microsoft peut effectuer cette action.
    [customer] Seul le client peut effectuer cette action.
   *[clock] L'Espace partenaires effectue cette action de lui-même à l'échéance.
}
transition-wrong-status = « { $action ->
    [submit] Soumettre
    [resubmit] Soumettre à nouveau
    [dispute] Contester
    [withdraw] Retirer
    [start_review] Commencer l'examen
    [request_information] Demander des informations
    [approve] Approuver
    [reject] Refuser
    [win_arbitration] Gagner l'arbitrage
    [lose_arbitration] Perdre l'arbitrage
    [opt_out] Refuser l'association
    [partner_response_expired] Clore faute de réponse du partenaire
   *[opt_out_window_passed] Clore le délai de refus
} » est impossible pour une revendication à l'état « { $status ->
    [editing] En cours de modification
    [submitted] Soumise
    [under_review] En cours d'examen
    [partner_action_required] Action du partenaire requise
    [approved] Approuvée
    [eligible] Éligible
    [rejected] Refusée
    [disputed] Contestée
   *[withdrawn] Retirée
} ».
transition-window-closed = C'était possible jusqu'au { $date }.
transition-not-due-yet = Cette étape n'est prévue qu'à partir du { $date }.
transition-not-disputable = Une revendication refusée pour ce motif ne peut pas être contestée : { $reason }.
transition-reason-required = Indiquez un motif.
transition-in-arbitration = Cette revendication est en concurrence avec celle d'un autre partenaire pour le même produit : elle est tranchée dans l'arbitrage. Approuvez-y l'une des revendications concurrentes.
transition-request-poe-missing = La preuve d'exécution est manquante
transition-request-poe-not-acknowledged = La preuve d'exécution n'est ni signée ni approuvée par le client
transition-request-poe-date = La preuve d'exécution n'est pas datée, ou date de plus de 12 mois
transition-request-poe-work = La preuve d'exécution ne décrit pas votre travail
transition-request-poe-products = La preuve d'exécution ne mentionne pas les produits revendiqués
transition-request-other = Autre (voir le commentaire de l'examinateur)
transition-rejection-poe-insufficient = La preuve d'exécution est insuffisante
transition-rejection-no-partner-response = Pas de réponse du partenaire sous 5 jours ouvrés
transition-rejection-partner-request = Refusée à la demande du partenaire
transition-rejection-customer-declined = Le client a refusé l'association
transition-rejection-competing-claim-approved = La revendication d'un autre partenaire pour ce produit a été approuvée

## How long is left before a deadline.

clock-left = { $days ->
    [one] { $days } jour ouvré restant
   *[other] { $days } jours ouvrés restants
}
clock-due-today = Échéance aujourd'hui
clock-overdue = { $days ->
    [one] { $days } jour de retard
   *[other] { $days } jours de retard
}

## Products' families, subscriptions' statuses, and why a subscription
## can't be claimed. `$date` is a date in words.

subscription-family-dynamics = Dynamics 365
subscription-family-modern-work = Charge de travail Modern Work and Security
subscription-status-pending = Provisionnement en attente
subscription-status-active = Actif
subscription-status-grace = En période de grâce
subscription-status-expired = Expiré
subscription-status-suspended = Suspendu
subscription-required = Le client a { $count } abonnements à ce produit. Entrez l'ID de l'abonnement visé par cette revendication.
subscription-product-not-on-tenant = Le produit sélectionné n'existe pas sur le locataire du client.
subscription-not-of-product = Cet abonnement n'est pas un abonnement du produit sélectionné sur le locataire du client.
subscription-not-dynamics = Cet abonnement ne concerne pas un produit Dynamics 365.
subscription-csp = Cet abonnement a été acheté via CSP. Les associations de clients CSP relèvent d'un autre programme.
subscription-not-provisioned = Le client n'a pas encore activé ni provisionné les produits de cet abonnement.
subscription-provisioned-recently = Cet abonnement a été provisionné il y a moins de { $days } jours. Vous pourrez le revendiquer à partir du { $date }.
subscription-expired-renewed = Cet abonnement a expiré ; son nouvel ID d'abonnement est { $id }. Créez une revendication avec le nouvel ID.
subscription-expired = Cet abonnement a expiré. Les ID d'abonnement changent à l'expiration : créez une revendication avec le nouvel ID.
subscription-suspended = Cet abonnement est suspendu ou désactivé : il ne peut pas donner droit à des primes incitatives.

## Proof of execution files. `poe-size-…`: a file's size, `$mb` a number
## of megabytes with one decimal (1.2), `$kb` a whole number of kilobytes;
## both written in the language's number format.

poe-missing = Ajoutez au moins un document de preuve d'exécution.
poe-size-mb = { $mb } Mo
poe-size-kb = { $kb } Ko
poe-name-missing = Le fichier n'a pas de nom.
poe-name-character = Le nom du fichier ne peut pas contenir { $char }.
poe-no-extension = Le nom du fichier n'a pas d'extension : son type est inconnu.
poe-type-not-allowed = Un fichier .{ $extension } ne peut pas servir de preuve d'exécution.
poe-empty = Le fichier est vide.
poe-too-large = Le fichier fait { $size } ; un fichier peut faire 25 Mo au maximum.
poe-too-many = Une revendication peut avoir { $max } fichiers au maximum.
poe-content-mismatch = Le contenu du fichier n'est pas celui d'un fichier { $kind }, quel que soit son nom.
poe-markup = Les pages web et les scripts ne peuvent pas servir de preuve d'exécution, quel que soit leur nom.

## The partner program ID.

program-empty = Choisissez l'ID de programme partenaire visé par cette revendication.
program-character = Un ID de programme partenaire ne contient que des chiffres ; il ne peut pas contenir { $char }.
program-length = Un ID de programme partenaire compte { $min } à { $max } chiffres ; celui-ci en compte { $digits }.

## Arbitration: what helps a claim that competes with another partner's.

core-arbitration-evidence = Un autre partenaire détient ou revendique déjà ce produit. Les examinateurs comparent les preuves d'exécution de chaque partenaire (la plus récente compte) et peuvent vous en demander davantage à tous les deux. Ce qui aide : un document récent signé ou approuvé par le client, daté de moins de 12 mois, qui mentionne ce produit et décrit le travail que vous avez effectué.

## The server's refusals that a person reads: the `detail` of a problem
## the API sends, in the language the request's Accept-Language asks for.
## `$status` is a status's name (`status-…`), `$date` a date in words,
## `$noun` what an answer is called (`text-noun-…`), `$area` a solution
## area's name, `$refusal` a rule's sentence; `$fields` names parts of a
## claim (`server-field-…`), joined by `server-list`.

server-no-bearer-token = Connectez-vous pour continuer : la requête ne comporte pas de jeton du porteur.
server-sign-in-expired = Votre session a expiré. Reconnectez-vous.
server-sign-in-not-yet-valid = Votre connexion n'est pas encore valide ; vérifiez l'horloge de votre appareil, puis reconnectez-vous.
server-sign-in-unchecked = Votre connexion ne peut pas être vérifiée pour le moment. Réessayez dans une minute.
server-sign-in-other-application = Cette connexion est destinée à une autre application. Reconnectez-vous depuis votre tableau de bord.
server-sign-in-lifetime = Le jeton de connexion indique une durée de validité trop longue. Reconnectez-vous.
server-sign-in-invalid = Le jeton de connexion n'est pas valide. Reconnectez-vous.
server-tenant-not-registered = Le locataire Microsoft Entra de votre organisation ({ $tenant }) n'est pas inscrit aux associations de clients. Demandez à votre administrateur général de l'inscrire.
server-no-organisation = Votre connexion n'indique pas à quelle organisation vous appartenez. Connectez-vous avec votre compte professionnel.
server-reviewers-do-not-claim = Les examinateurs évaluent les revendications ; ils n'en créent pas.
server-reviewers-only = Seuls les examinateurs Microsoft peuvent effectuer cette action.
server-demo-no-user = Il n'y a pas d'utilisateur de démo « { $id } ».
server-demo-clock-step = Avancez l'horloge de 1 à 60 jours.
server-demo-clock-limit = L'horloge de démo avance au maximum de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} ; redémarrez le serveur pour la réinitialiser.
server-unknown-tenant = Aucun locataire client n'a l'ID { $tenant }.
server-domain-not-of-tenant = { $domain } n'appartient pas au locataire { $tenant }.
server-unknown-product = Le produit « { $product } » ne figure pas dans le catalogue.
server-product-refused = { $product } : { $refusal }
server-product-not-in-area = { $product } n'est pas un produit « { $area } ».
server-program-not-yours = { $program } ne fait pas partie des ID de programme partenaire de votre entreprise.
server-opt-out-link-invalid = Ce lien n'est pas valide. Vérifiez-le dans votre e-mail.
server-opt-out-closed = Cette association ne peut plus être refusée : c'était possible jusqu'au { $date }.
server-reply-to-unknown = Le commentaire auquel vous répondez ne fait pas partie de cette revendication.
server-files-closed = Impossible d'ajouter des fichiers à une revendication dont l'état est « { $status } ».
server-upload-unreadable = Le fichier n'a pas pu être lu à sa réception. Ajoutez-le à nouveau.
server-upload-broke-off = Le chargement s'est interrompu avant l'arrivée du fichier complet. Ajoutez-le à nouveau.
server-upload-status-changed = L'état de la revendication a changé pendant le chargement du fichier, qui n'a donc pas été ajouté. Rechargez la revendication.
server-file-not-found = Cette revendication n'a pas de fichier { $file }.
server-files-kept = Les fichiers ne peuvent plus être supprimés une fois la revendication soumise ; ajoutez plutôt un fichier plus récent avec un commentaire.
server-dispute-needs-grounds = Indiquez la justification commerciale de la contestation, ou ajoutez une preuve d'exécution mise à jour.
server-nothing-to-reclaim = Aucun des abonnements de cette revendication n'a expiré : il n'y a donc rien à revendiquer à nouveau.
server-page-out-of-range = La page { $page } à { $size ->
    [one] { $size } revendication
   *[other] { $size } revendications
} par page dépasse la fin de toute liste.
server-claim-not-editable = Une revendication dont l'état est « { $status } » ne peut pas être modifiée.
server-answers-locked = Ces réponses ne peuvent plus changer après la soumission : { $fields }.
server-list = { $first }, { $rest }
server-field-partner-program-id = ID de programme partenaire
server-field-customer = client
server-field-solution-area-and-role = domaine de solutions et rôle
server-field-products = produits
server-field-claim-name = nom de la revendication
server-field-contacts = contacts
server-field-revenue-details = détails d'association du chiffre d'affaires
server-field-proof-of-execution = preuve d'exécution
server-only-drafts-deleted = Seuls les brouillons peuvent être supprimés ; l'état de cette revendication est « { $status } ». Retirez-la plutôt.
server-already-claimed = Votre entreprise a déjà une revendication active sur ce produit pour ce client.
server-claimed-again = Votre entreprise a depuis créé une autre revendication sur ce produit ; contestez plutôt celle-là.
server-answers-before-submit = { $count ->
    [one] { $count } réponse doit être revue
   *[other] { $count } réponses doivent être revues
} avant que cette revendication puisse être soumise.
server-answers-before-save = { $count ->
    [one] { $count } réponse doit être revue
   *[other] { $count } réponses doivent être revues
} avant que vos modifications puissent être enregistrées.
server-text-missing = Le champ « { $noun } » est vide : écrivez quelques mots.
server-nothing-competes = Aucune autre revendication n'est en concurrence avec celle-ci.
server-too-many-changes = Trop de modifications à la fois. Réessayez dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
server-claim-not-found = Il n'y a pas de revendication { $id }.
server-claim-stale = La revendication { $id } a changé depuis que vous l'avez ouverte ; sa version actuelle est { $version }.
