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
domain-top-level = « .{ $label } » n'est pas une terminaison de domaine possible. Vérifiez la partie après le dernier point.
domain-punycode = « { $label } » n'est pas une partie internationalisée (xn--) valide.
domain-not-mappable = « { $label } » ne peut pas faire partie d'un domaine : il mélange des caractères que les domaines ne peuvent pas combiner. Copiez à nouveau le domaine transmis par votre client.

## Free text. `$noun` is what the answer is called (a `text-noun-…`
## message); `$name` a character's name (a `text-char-…` message).

text-empty = « { $noun } » : à renseigner.
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
claim-product-unknown = Ce produit ne peut pas faire l'objet d'une revendication.

## Purchase channels, solution areas and partner roles.

role-channel-csp = Fournisseur de solutions cloud (CSP)
role-channel-volume-licensing = Contrat de licence en volume
role-channel-web-direct = Web-Direct
area-business-applications = Business Applications
area-modern-work-and-security = Modern Work and Security
role-build-intent-advisor = Intention d'achat - Conseiller
role-usage-recognition = Reconnaissance de l'utilisation - Sans prime
role-influenced-revenue-recognition = Reconnaissance du chiffre d'affaires influencé - Sans prime
role-use-or-consume = Utilisation ou consommation
role-build-intent-advisor-description = Choisissez ce rôle si vous avez influencé l'achat d'un produit éligible par le client et souhaitez demander des primes de prévente.
role-usage-recognition-description = Choisissez ce rôle si vous favorisez l'adoption et l'utilisation d'une charge de travail éligible chez le client et souhaitez demander des primes d'utilisation.
role-influenced-revenue-recognition-description = Choisissez ce rôle si vous avez influencé le choix d'un produit éligible par le client en tant que Business Influencer. Le chiffre d'affaires vous est associé ; aucune prime n'est versée.
role-use-or-consume-description = Choisissez ce rôle si vous favorisez l'adoption et l'utilisation d'une charge de travail éligible chez le client et souhaitez des primes d'utilisation, la prise en compte de l'utilisation ou des compétences, ou les deux.
role-closed-csp = Non disponible : ce client a acheté via CSP. Les rôles Business Applications ne s'appliquent qu'aux achats via un contrat de licence en volume ou Web-Direct ; les associations CSP relèvent d'un autre programme.

## Who may use the claim flow. `access-roles-needed` names the three roles
## that may claim (`access-global-admin`, `-billing-admin`,
## `-incentives-admin`).

access-global-admin = Administrateur général
access-billing-admin = Administrateur de la facturation
access-incentives-admin = Administrateur de primes incitatives
access-partner-user = Utilisateur partenaire
access-reviewer = Examinateur
access-roles-needed = Les associations de clients exigent l'un de ces rôles : { $first }, { $second }, { $third }. Demandez à votre administrateur général de vous en attribuer un.

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

transition-not-your-action = Seul { $who ->
    [partner] le partenaire à l'origine de la revendication
    [reviewer] un examinateur Microsoft
    [customer] le client
   *[clock] l'échéancier de la revendication
} peut effectuer cette action.
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
transition-not-due-yet = Cette échéance n'arrive pas avant le { $date }.
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
subscription-suspended = Cet abonnement est suspendu ou désactivé : il ne peut pas donner droit à des primes.

## Proof of execution files. `poe-size-…`: a file's size, `$whole` and
## `$tenths` digits (1.2 MB), `$kb` a whole number of kilobytes.

poe-missing = Ajoutez au moins un document de preuve d'exécution.
poe-size-mb = { $whole },{ $tenths } Mo
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

core-arbitration-evidence = Un autre partenaire détient ou revendique déjà ceci. Les examinateurs comparent les preuves d'exécution de chaque partenaire (la plus récente compte) et peuvent vous en demander davantage à tous les deux. Ce qui aide : un document récent signé ou approuvé par le client, daté de moins de 12 mois, qui mentionne ce produit et décrit le travail que vous avez effectué.
