# cpor-claims: every text the product shows, in French (translated from
# the reference catalogue, en.ftl; phrased for French readers, not word
# for word). Project Fluent syntax: https://projectfluent.org/
# Ids: `field-…` the claim's answers, `error-…` one per API error code
# (`.fix`: what the partner can do), `guid-…` identifiers' rules, `char-…`
# how a character is named in a message.
# Terms follow Partner Center's French UI (Espace partenaires): revendication
# (claim), associations de clients, ID de locataire, ID d'abonnement.
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
    .fix = Créez une revendication avec le nouvel ID d'abonnement pour continuer à percevoir des primes.
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
    .fix = Écrivez le nom en toutes lettres.
error-email_invalid = Ceci n'est pas une adresse e-mail.
    .fix = Entrez une adresse comme name@contoso.com.
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
error-poe_too_many_files = 10 fichiers au maximum par revendication.
    .fix = Supprimez un fichier, ou regroupez-en plusieurs dans un seul PDF.
error-poe_file_content = Le contenu du fichier ne correspond pas à son type.
    .fix = { -fix-poe }
error-action_not_allowed = Action non autorisée.
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
    .fix = Choisissez un rôle ouvert pour le mode d'achat des produits par le client.
error-already_claimed = Vous avez déjà une revendication sur ce produit pour ce client.
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
    .fix = Envoyez l'ETag de la revendication dans If-Match.
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
    .fix = Tranchez dans l'arbitrage : comparez les preuves d'exécution des revendications concurrentes et approuvez-y l'une d'elles.
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
app-unreachable = Le service des revendications est injoignable pour le moment. Rien de ce que vous avez saisi n'est perdu.
app-title-reviewers-only = Les vérifications sont réservées aux réviseurs Microsoft
app-title-roles-needed = Il vous faut un autre rôle
app-document-title = { $page } – Associations de clients
app-language = Langue
app-step-missing = Cette étape n'a pas été téléchargée. Vérifiez votre connexion, puis réessayez. Rien de ce que vous avez saisi n'est perdu.
app-form-missing = Ce formulaire n'a pas été téléchargé. Vérifiez votre connexion, puis réessayez. Rien de ce que vous avez saisi n'est perdu.
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
component-upload-dismiss = Ignorer
component-program-loading = Chargement de vos programmes partenaires…
component-program-unavailable = Nous ne pouvons pas charger vos programmes partenaires pour le moment. Le problème ne vient pas de vous.
component-program-enrolled = Inscrit aux primes incitatives
component-program-not-enrolled = Non inscrit aux primes incitatives
component-program-meta = ID de programme partenaire { $id } · { $country }
component-program-hint = L'emplacement ou le programme de votre entreprise pour lequel ce travail est revendiqué. Vous ne savez pas lequel ? Demandez à votre administrateur général.
component-program-not-enrolled-title = { $program } n'est inscrit à aucun programme de primes incitatives
component-program-not-enrolled-text = Vous pouvez quand même l'utiliser pour revendiquer, mais cette revendication ne rapportera pas de primes par son biais tant qu'il n'est pas inscrit.
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
step-role-help-choose = Choisissez le rôle qui décrit ce que vous avez fait pour ce client. Un mauvais rôle peut vous priver d'éligibilité et de primes, et imposer une nouvelle revendication plus tard.
step-role-help-csp = Les rôles Business Applications ne s'appliquent que si le client a acheté via un contrat de licence en volume ou Web-Direct. Pour les clients qui ont acheté via CSP, utilisez plutôt les associations de clients CSP.
step-role-loading = Chargement des rôles pour ce client…
step-role-unavailable = Nous ne pouvons pas charger les rôles et produits de ce client pour le moment. Vos saisies ne sont pas en cause.
step-role-area-closed = { $customer } a acheté { $area } via CSP ; aucun de ses rôles de partenaire ne peut donc être revendiqué ici. Choisissez un autre domaine de solutions, ou associez ce client via le programme CSP.
step-role-area-closed-unknown = Ce client a acheté { $area } via CSP ; aucun de ses rôles de partenaire ne peut donc être revendiqué ici. Choisissez un autre domaine de solutions, ou associez ce client via le programme CSP.
step-role-closed-title = Les rôles { $area } ne sont pas ouverts pour { $customer }
step-role-closed-title-unknown = Les rôles { $area } ne sont pas ouverts pour ce client
step-role-closed-text = { $customer } a acheté { $area } via CSP. Ces rôles ne s'appliquent qu'aux achats via un contrat de licence en volume ou Web-Direct ; les achats CSP sont associés via le programme CSP, pas par une revendication ici.
step-role-closed-text-unknown = Ce client a acheté { $area } via CSP. Ces rôles ne s'appliquent qu'aux achats via un contrat de licence en volume ou Web-Direct ; les achats CSP sont associés via le programme CSP, pas par une revendication ici.
step-role-closed-advice = Si votre travail portait sur Microsoft 365, Teams ou Defender, choisissez Modern Work and Security ci-dessus. Sinon, associez ce client via CSP dans l'Espace partenaires.

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
step-products-arbitration-text = Microsoft commence quand même l'examen sous cinq jours ouvrés ; la revendication peut rester en cours d'examen plus longtemps, le temps d'entendre les deux partenaires. Vous serez informé dans les commentaires de la revendication.
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
step-details-revenue = Association de revenus
step-details-revenue-hint = Le rôle Influenced Revenue recognition vous associe des revenus ; ces informations identifient la transaction.
step-details-prefilled = Nous avons repris les contacts du client de votre revendication « { $claim } ». Vérifiez qu'ils sont toujours exacts.

step-evidence-title = Preuve d'exécution
step-evidence-checklist = Ce que vérifient les examinateurs
step-evidence-check-acknowledgement = L'accord ou la signature du client
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
drafts-keep = Le garder
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
confirmation-arbitration-text = Elle peut rester en cours d'examen plus de 5 jours ouvrés, le temps que Microsoft entende les deux partenaires ; vous serez informé dans les commentaires de la revendication.
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
confirmation-more-needed = Si les examinateurs ont besoin de plus, la revendication attend une action de votre part et ils vous le demandent dans ses commentaires : vous avez alors 5 jours ouvrés pour répondre.
confirmation-approved = Une fois la revendication approuvée, le client est informé et peut la refuser sous 7 jours ; elle devient ensuite éligible.
confirmation-start-another = Commencer une autre revendication
