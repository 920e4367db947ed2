# cpor-claims: every text the product shows, in German (translated from
# the reference catalogue, en.ftl; phrased for German readers, not word
# for word). Project Fluent syntax: https://projectfluent.org/
# Ids: `field-…` the claim's answers, `error-…` one per API error code
# (`.fix`: what the partner can do), `guid-…` identifiers' rules, `char-…`
# how a character is named in a message.
# Terms follow Partner Center's German UI: Anspruch (claim),
# Kundenzuordnungen, Mandanten-ID, Abonnement-ID, Partnerprogramm-ID.

## The answers of a claim, as their fields are labelled.

field-partner_program_id = Partnerprogramm-ID
field-tenant_id = Kundenmandanten-ID
field-domain = Kundendomäne
field-subscription_id = Abonnement-ID
field-products = Produkte
field-proof_of_execution = Ausführungsnachweis

## How a character is named in a message.

char-visible = „{ $char }“
char-invisible = das unsichtbare Zeichen U+{ $code }

## An identifier that is a GUID: the customer's tenant ID or a
## subscription ID. `$id` says which: `tenant` or `subscription`.

guid-empty = { $id ->
    [tenant] Geben Sie die Mandanten-ID des Kunden ein.
   *[subscription] Geben Sie die Abonnement-ID ein.
}
guid-too-long = { $id ->
    [tenant] Das ist viel zu lang für eine Mandanten-ID: Eine Mandanten-ID hat 32 Hexadezimalziffern.
   *[subscription] Das ist viel zu lang für eine Abonnement-ID: Eine Abonnement-ID hat 32 Hexadezimalziffern.
}
guid-looks-like-domain = { $id ->
    [tenant] Das sieht nach einer Domäne oder E-Mail-Adresse aus, nicht nach einer Mandanten-ID.
   *[subscription] Das sieht nach einer Domäne oder E-Mail-Adresse aus, nicht nach einer Abonnement-ID.
}
guid-character = { $id ->
    [tenant] Eine Mandanten-ID darf { $char } nicht enthalten. Zulässig sind nur die Ziffern 0–9, die Buchstaben a–f und Bindestriche.
   *[subscription] Eine Abonnement-ID darf { $char } nicht enthalten. Zulässig sind nur die Ziffern 0–9, die Buchstaben a–f und Bindestriche.
}
guid-length = { $id ->
    [tenant] Eine Mandanten-ID hat 32 Hexadezimalziffern, die Eingabe hat { $digits ->
        [one] { $digits } Ziffer.
       *[other] { $digits } Ziffern.
    }
   *[subscription] Eine Abonnement-ID hat 32 Hexadezimalziffern, die Eingabe hat { $digits ->
        [one] { $digits } Ziffer.
       *[other] { $digits } Ziffern.
    }
}
guid-layout = { $id ->
    [tenant] Die Bindestriche stehen an der falschen Stelle: Eine Mandanten-ID ist 8-4-4-4-12 gegliedert, wie { $example }.
   *[subscription] Die Bindestriche stehen an der falschen Stelle: Eine Abonnement-ID ist 8-4-4-4-12 gegliedert, wie { $example }.
}
guid-nil = { $id ->
    [tenant] Nur Nullen sind ein Platzhalter, keine echte Mandanten-ID.
   *[subscription] Nur Nullen sind ein Platzhalter, keine echte Abonnement-ID.
}

## Errors: one message per error code (the API's stable `code`): its
## title, and `.fix`, what the partner can do about it.

-fix-tenant = Kopieren Sie die Mandanten-ID aus dem Microsoft Entra Admin Center des Kunden (Übersicht > Mandanten-ID), oder fragen Sie Ihren Kunden danach.
-fix-domain = Verwenden Sie eine Domäne, mit der sich Ihr Kunde anmeldet, z. B. contoso.onmicrosoft.com oder eine verifizierte benutzerdefinierte Domäne (Microsoft 365 Admin Center > Einstellungen > Domänen).
-fix-program = Wählen Sie eine der Partnerprogramm-IDs Ihres Unternehmens aus der Liste aus.
-fix-subscription = Kopieren Sie die Abonnement-ID aus dem Microsoft 365 Admin Center des Kunden (Abrechnung > Ihre Produkte), oder fragen Sie Ihren Kunden danach.
-fix-subscription-check = Prüfen Sie gemeinsam mit Ihrem Kunden, ob das Abonnement stimmt und Sie die richtige Mandanten-ID verwenden.
-fix-poe = Laden Sie ein PDF, ein Office-Dokument, eine Outlook-Nachricht, eine CSV-, RTF- oder XPS-Datei oder ein Bild (PNG, JPG, GIF, BMP, TIFF) mit höchstens 25 MB hoch.

error-tenant_id_empty = Geben Sie die Mandanten-ID des Kunden ein.
    .fix = { -fix-tenant }
error-tenant_id_length = Die Mandanten-ID hat die falsche Anzahl Ziffern.
    .fix = { -fix-tenant }
error-tenant_id_character = Die Mandanten-ID enthält ein unzulässiges Zeichen.
    .fix = { -fix-tenant }
error-tenant_id_layout = Die Bindestriche der Mandanten-ID stehen an der falschen Stelle.
    .fix = { -fix-tenant }
error-tenant_id_nil = Die Mandanten-ID ist ein Platzhalter.
    .fix = { -fix-tenant }
error-tenant_id_looks_like_domain = Das ist eine Domäne, keine Mandanten-ID.
    .fix = Geben Sie die Domäne unter „Kundendomäne“ ein und hier die Mandanten-ID (eine GUID).
error-domain_empty = Geben Sie die Domäne des Kunden ein.
    .fix = { -fix-domain }
error-domain_too_long = Die Domäne ist zu lang.
    .fix = { -fix-domain }
error-domain_looks_like_email = Das ist eine E-Mail-Adresse, keine Domäne.
    .fix = Behalten Sie nur den Teil nach dem @.
error-domain_looks_like_tenant_id = Das ist eine Mandanten-ID, keine Domäne.
    .fix = Geben Sie die Mandanten-ID unter „Kundenmandanten-ID“ ein und hier die Domäne des Kunden.
error-domain_has_path = Geben Sie nur die Domäne ein, keine Webadresse.
    .fix = Entfernen Sie alles nach der Domäne, ab dem ersten Schrägstrich.
error-domain_has_port = Geben Sie die Domäne ohne Portnummer ein.
    .fix = Entfernen Sie den Doppelpunkt und die Zahl danach.
error-domain_incomplete = Die Domäne ist unvollständig.
    .fix = { -fix-domain }
error-domain_empty_label = Die Domäne hat einen leeren Teil zwischen zwei Punkten.
    .fix = Entfernen Sie den überzähligen Punkt.
error-domain_label_too_long = Ein Teil der Domäne ist zu lang.
    .fix = { -fix-domain }
error-domain_character = Die Domäne enthält ein unzulässiges Zeichen.
    .fix = { -fix-domain }
error-domain_hyphen = Ein Teil der Domäne beginnt oder endet mit einem Bindestrich.
    .fix = { -fix-domain }
error-domain_ip_address = Das ist eine IP-Adresse, keine Domäne.
    .fix = { -fix-domain }
error-domain_top_level = Die Endung der Domäne ist ungültig.
    .fix = { -fix-domain }
error-domain_punycode = Ein internationalisierter Teil der Domäne ist fehlerhaft.
    .fix = Übernehmen Sie die Domäne erneut von Ihrem Kunden, oder geben Sie sie mit Umlauten und Akzenten ein.
error-program_id_empty = Wählen Sie eine Partnerprogramm-ID aus.
    .fix = { -fix-program }
error-program_id_character = Eine Partnerprogramm-ID besteht nur aus Ziffern.
    .fix = { -fix-program }
error-program_id_length = Die Partnerprogramm-ID hat die falsche Anzahl Ziffern.
    .fix = { -fix-program }
error-domain_tenant_mismatch = Kundendomäne und Mandanten-ID passen nicht zusammen.
    .fix = Lassen Sie sich Mandanten-ID und Domäne von Ihrem Kunden bestätigen, und korrigieren Sie die falsche Angabe.
error-unknown_tenant = Wir finden keinen Kundenmandanten mit dieser ID.
    .fix = Prüfen Sie die Mandanten-ID mit Ihrem Kunden. Ist sie laut Kunde korrekt, wenden Sie sich an den Support.
error-unknown_product = Dieses Produkt kann nicht beansprucht werden.
    .fix = Wählen Sie eines der Produkte des Kunden aus der Liste aus.
error-unknown_solution_area = Wählen Sie einen Lösungsbereich aus.
    .fix = Wählen Sie „Business Applications“ oder „Modern Work and Security“ aus.
error-role_not_chosen = Wählen Sie Ihre Partnerrolle aus.
    .fix = Lesen Sie die Beschreibungen der Rollen, und wählen Sie die Rolle aus, die zu Ihrer Arbeit passt.
error-role_not_in_area = Diese Rolle gehört zu einem anderen Lösungsbereich.
    .fix = Wählen Sie eine der Rollen aus, die für den Lösungsbereich aufgeführt sind.
error-products_missing = Wählen Sie mindestens ein Produkt aus.
    .fix = Wählen Sie die Produkte aus, auf die sich Ihre Arbeit bezog.
error-product_repeated = Dieses Produkt ist zweimal im Anspruch enthalten.
    .fix = Führen Sie jedes Produkt nur einmal auf. Ein Anspruch umfasst je Produkt ein Abonnement.
error-subscription_required = Geben Sie die Abonnement-ID für diesen Anspruch ein.
    .fix = Fragen Sie Ihren Kunden, für welches Abonnement Sie tätig waren. Die ID steht im Microsoft 365 Admin Center (Abrechnung > Ihre Produkte).
error-subscription_id_empty = Geben Sie die Abonnement-ID ein.
    .fix = { -fix-subscription }
error-subscription_id_malformed = Das ist keine Abonnement-ID.
    .fix = { -fix-subscription }
error-product_not_on_tenant = Das ausgewählte Produkt ist im Mandanten des Kunden nicht vorhanden.
    .fix = { -fix-subscription-check }
error-subscription_not_dynamics = Dieses Abonnement gilt nicht für Dynamics 365.
    .fix = { -fix-subscription-check }
error-subscription_csp = Dieses Abonnement wurde über CSP erworben.
    .fix = CSP-Käufe werden über das CSP-Programm zugeordnet, nicht über einen CPOR-Anspruch. Wenn Sie den Kanal für falsch halten, wenden Sie sich an den Support.
error-subscription_not_provisioned = Der Kunde hat dieses Abonnement noch nicht bereitgestellt.
    .fix = Bitten Sie Ihren Kunden, die Produkte des Abonnements zu aktivieren (bereitzustellen). Danach kann es bis zu 7 Tage dauern, bis Sie es beanspruchen können.
error-subscription_provisioned_recently = Dieses Abonnement kann noch nicht beansprucht werden.
    .fix = Es liegt kein Fehler vor: Ab dem angegebenen Datum können Sie es beanspruchen.
error-subscription_expired = Dieses Abonnement ist abgelaufen.
    .fix = Erstellen Sie einen neuen Anspruch mit der neuen Abonnement-ID, um weiterhin Incentives zu erhalten.
error-subscription_suspended = Dieses Abonnement ist angehalten oder deaktiviert.
    .fix = Bitten Sie Ihren Kunden, es wieder zu aktivieren, und beanspruchen Sie es dann erneut.
error-text_empty = Diese Angabe fehlt.
    .fix = Füllen Sie sie aus.
error-text_too_long = Diese Angabe ist zu lang.
    .fix = Kürzen Sie sie.
error-text_character = Diese Angabe enthält ein unzulässiges Zeichen.
    .fix = Tippen Sie sie neu ein, statt sie einzufügen.
error-text_bidi_control = Dieser Text enthält ein verborgenes Steuerzeichen für die Schreibrichtung.
    .fix = Entfernen Sie es, oder tippen Sie den Text neu ein, statt ihn einzufügen.
error-text_invisible_character = Dieser Text enthält ein unsichtbares Zeichen.
    .fix = Entfernen Sie es, oder tippen Sie den Text neu ein, statt ihn einzufügen.
error-text_no_letter = Diese Angabe muss Buchstaben enthalten.
    .fix = Schreiben Sie den Namen in Buchstaben.
error-email_invalid = Das ist keine E-Mail-Adresse.
    .fix = Geben Sie eine Adresse wie name@contoso.com ein.
error-poe_missing = Fügen Sie Ihren Ausführungsnachweis hinzu.
    .fix = Laden Sie mindestens ein Dokument hoch, das Ihre Arbeit für diesen Kunden belegt: vom Kunden unterzeichnet oder bestätigt, höchstens 12 Monate alt und mit Angabe des Mandanten und jedes Produkts.
error-poe_file_name = Dieser Dateiname kann nicht verwendet werden.
    .fix = Benennen Sie die Datei um (Buchstaben, Ziffern und eine Endung wie .pdf), und fügen Sie sie erneut hinzu.
error-poe_file_type = Dieser Dateityp kann nicht verwendet werden.
    .fix = { -fix-poe }
error-poe_file_empty = Die Datei ist leer.
    .fix = Prüfen Sie, ob Sie die richtige Datei gewählt haben, und fügen Sie sie erneut hinzu.
error-poe_file_too_large = Die Datei ist größer als 25 MB.
    .fix = Komprimieren Sie sie, oder teilen Sie sie auf mehrere Dateien auf.
error-poe_too_many_files = Ein Anspruch kann höchstens 10 Dateien haben.
    .fix = Entfernen Sie eine Datei, oder fassen Sie mehrere in einem PDF zusammen.
error-poe_file_content = Der Inhalt der Datei passt nicht zu ihrem Typ.
    .fix = { -fix-poe }
error-action_not_allowed = Das dürfen Sie nicht.
    .fix = Nur der Partner, der den Anspruch erstellt hat, oder eine prüfende Person kann diese Aktion ausführen.
error-wrong_status = Im aktuellen Status des Anspruchs ist das nicht möglich.
    .fix = Laden Sie den Anspruch neu, um seinen Status und Ihre Möglichkeiten zu sehen.
error-window_closed = Die Frist dafür ist abgelaufen.
    .fix = Erstellen Sie stattdessen einen neuen Anspruch.
error-not_disputable = Diese Ablehnung kann nicht angefochten werden.
    .fix = Erstellen Sie einen neuen Anspruch, wenn sich die Lage geändert hat.
error-reason_required = Eine Begründung fehlt.
    .fix = Geben Sie kurz den Grund an.
error-unauthenticated = Sie sind nicht angemeldet.
    .fix = Melden Sie sich erneut an. Ihre Eingaben bleiben erhalten.
error-tenant_not_registered = Ihre Organisation ist nicht für Kundenzuordnungen registriert.
    .fix = Bitten Sie Ihre globalen Admins, den Microsoft Entra-Mandanten Ihrer Organisation für Kundenzuordnungen zu registrieren.
error-role_required = Sie haben keine Rolle mit dieser Berechtigung.
    .fix = Bitten Sie Ihre globalen Admins, Ihnen die Rolle „Globaler Administrator“, „Abrechnungsadministrator“ oder „Incentives-Administrator“ zuzuweisen.
error-claim_incomplete = Einige Angaben fehlen oder müssen korrigiert werden.
    .fix = Korrigieren Sie die aufgeführten Angaben, und übermitteln Sie erneut.
error-program_not_in_organisation = Dieses Partnerprogramm gehört nicht zu Ihrem Unternehmen.
    .fix = Wählen Sie eine der Partnerprogramm-IDs Ihres Unternehmens aus der Liste aus.
error-role_closed = Diese Partnerrolle gilt für diesen Kunden nicht.
    .fix = Wählen Sie eine Rolle aus, die für den Kaufweg des Kunden offensteht.
error-already_claimed = Sie haben für diesen Kunden bereits einen Anspruch auf dieses Produkt.
    .fix = Öffnen Sie Ihren bestehenden Anspruch, statt einen neuen zu erstellen.
error-reclaim_not_needed = Keines der Abonnements dieses Anspruchs ist abgelaufen.
    .fix = Ein erneuter Anspruch ist nur nötig, wenn ein Abonnement abläuft und unter einer neuen ID verlängert wird.
error-field_locked = Diese Angabe kann nicht mehr geändert werden.
    .fix = Nach dem Übermitteln können Sie nur noch Partnerprogramm-ID, Produkte, Kontakte und Ausführungsnachweis ändern.
error-claim_not_found = Diesen Anspruch gibt es nicht.
    .fix = Prüfen Sie den Link, oder suchen Sie den Anspruch unter Ihren Kundenzuordnungen.
error-stale_claim = Dieser Anspruch wurde geändert, seit Sie ihn geöffnet haben.
    .fix = Laden Sie ihn neu, prüfen Sie die Änderungen, und nehmen Sie Ihre erneut vor.
error-precondition_required = Die Anforderung muss angeben, welche Version sie ändert.
    .fix = Senden Sie das ETag des Anspruchs in If-Match.
error-idempotency_key_required = Die Anforderung benötigt einen Idempotency-Key.
    .fix = Senden Sie mit jeder neuen Anforderung einen eindeutigen Idempotency-Key-Header und bei Wiederholungen denselben.
error-idempotency_key_reused = Dieser Idempotency-Key wurde für eine andere Anforderung verwendet.
    .fix = Verwenden Sie für eine neue Anforderung einen neuen Idempotency-Key.
error-request_in_flight = Diese Anforderung wird noch verarbeitet.
    .fix = Warten Sie einen Moment, und wiederholen Sie sie dann mit demselben Idempotency-Key.
error-malformed_request = Die Anforderung konnte nicht gelesen werden.
    .fix = Laden Sie die Seite neu, und versuchen Sie es erneut.
error-unsupported_media_type = Die Anforderung muss JSON sein.
    .fix = Senden Sie den Anforderungstext als application/json.
error-payload_too_large = Die Anforderung ist zu groß.
    .fix = Senden Sie weniger Daten pro Anforderung.
error-too_many_requests = Sie senden Änderungen schneller, als wir sie annehmen können.
    .fix = Warten Sie einige Sekunden, und versuchen Sie es dann erneut. Ihre Eingaben bleiben erhalten.
error-request_timeout = Die Anforderung hat zu lange gedauert.
    .fix = Prüfen Sie Ihre Verbindung, und versuchen Sie es dann erneut. Ihre Eingaben bleiben erhalten.
error-page_out_of_range = Diese Seite der Liste gibt es nicht.
    .fix = Kehren Sie zur ersten Seite zurück.
error-in_arbitration = Dieser Anspruch konkurriert mit dem Anspruch eines anderen Partners.
    .fix = Entscheiden Sie im Schlichtungsverfahren: Vergleichen Sie dort die Ausführungsnachweise der konkurrierenden Ansprüche, und genehmigen Sie einen davon.
error-not_found = Unter dieser Adresse gibt es nichts.
    .fix = Prüfen Sie die Adresse, oder kehren Sie zur Startseite zurück.
error-method_not_allowed = Diese Aktion ist hier nicht zulässig.
    .fix = Versuchen Sie es erneut über die Startseite.
error-internal_error = Bei uns ist ein Fehler aufgetreten.
    .fix = Ihre Eingaben bleiben erhalten. Versuchen Sie es in einer Minute erneut. Tritt der Fehler weiter auf, wenden Sie sich an den Support.
error-service_unavailable = Der Dienst ist gerade nicht erreichbar.
    .fix = Ihre Eingaben bleiben erhalten. Versuchen Sie es in einer Minute erneut. Tritt der Fehler weiter auf, wenden Sie sich an den Support.

## cpor-core: the rules' own sentences (domain, text, email, poe, program,
## date, subscription, status, transition, claim, role, area, access,
## clock, core). Labels read as labels; sentences end with a full stop.

domain-empty = Geben Sie die Domäne des Kunden ein.
domain-too-long = Die Eingabe hat { $length } Zeichen, eine Domäne höchstens { $max }.
domain-looks-like-email = Das ist eine E-Mail-Adresse. Geben Sie nur die Domäne nach dem @ ein: { $domain }.
domain-looks-like-email-only = Das sieht nach einer E-Mail-Adresse aus. Geben Sie nur die Domäne ein, z. B. contoso.onmicrosoft.com.
domain-looks-like-tenant-id = Das sieht nach einer Mandanten-ID aus, nicht nach einer Domäne. Tragen Sie sie unter „Kundenmandanten-ID“ ein, und geben Sie hier die Domäne des Kunden ein.
domain-has-path = Geben Sie nur die Domäne ein, ohne den Rest der Webadresse: { $host }.
domain-has-port = Geben Sie nur die Domäne ein, ohne Portnummer: { $host }.
domain-single-label = „{ $label }“ ist nur ein Teil einer Domäne. Geben Sie die ganze Domäne ein, z. B. { $label }.onmicrosoft.com.
domain-empty-label = Zwei Punkte stehen direkt hintereinander, oder am Anfang steht ein Punkt. Jeder Punkt muss zwischen zwei Teilen der Domäne stehen.
domain-label-too-long = „{ $label }“ hat { $length } Zeichen; jeder Teil einer Domäne zwischen zwei Punkten darf höchstens { $max } haben.
domain-character = Eine Domäne darf { $char } nicht enthalten. Zulässig sind Buchstaben, Ziffern und Bindestriche, mit Punkten zwischen den Teilen.
domain-hyphen = „{ $label }“ beginnt oder endet mit einem Bindestrich; das ist in einer Domäne nicht zulässig.
domain-ip-address = Das ist eine IP-Adresse. Geben Sie die Domäne des Kunden ein, z. B. contoso.onmicrosoft.com.
domain-top-level = „.{ $label }“ ist keine mögliche Endung einer Domäne. Prüfen Sie den Teil nach dem letzten Punkt.
domain-punycode = „{ $label }“ ist kein gültiger internationalisierter Domänenteil (xn--).
domain-not-mappable = „{ $label }“ kann nicht Teil einer Domäne sein: Es mischt Zeichen, die Domänen nicht kombinieren können. Kopieren Sie die Domäne erneut von Ihrem Kunden.

## Free text. `$noun` is what the answer is called (a `text-noun-…`
## message); `$name` a character's name (a `text-char-…` message).

text-empty = „{ $noun }“: bitte ausfüllen.
text-too-long = „{ $noun }“: höchstens { $max } Zeichen, die Eingabe hat { $length }.
text-character = „{ $noun }“ darf { $char } nicht enthalten.
text-bidi = „{ $noun }“ enthält ein verborgenes Richtungszeichen: { $name } (U+{ $code }). Damit kann Text in anderer Reihenfolge erscheinen, als er gespeichert ist. Entfernen Sie es, oder geben Sie den Text neu ein, statt ihn einzufügen.
text-invisible = „{ $noun }“ enthält ein unsichtbares Zeichen: { $name } (U+{ $code }). Es kann verbergen, was der Text wirklich sagt. Entfernen Sie es, oder geben Sie den Text neu ein, statt ihn einzufügen.
text-no-letter = „{ $noun }“ muss mindestens einen Buchstaben enthalten.
text-noun-claim-name = Anspruchsname
text-noun-name = Name
text-noun-job-title = Position
text-noun-email = E-Mail-Adresse
text-noun-comment = Kommentar
text-noun-reason = Grund
text-noun-answer = Antwort
text-noun-justification = Geschäftliche Begründung
text-noun-information-request = Anfrage an den Partner
text-noun-decision-reason = Begründung der Entscheidung
text-char-lre = Links-nach-rechts-Einbettung
text-char-rle = Rechts-nach-links-Einbettung
text-char-pdf = Ende der Richtungsformatierung
text-char-lro = Links-nach-rechts-Überschreibung
text-char-rlo = Rechts-nach-links-Überschreibung
text-char-lri = Links-nach-rechts-Isolierung
text-char-rli = Rechts-nach-links-Isolierung
text-char-fsi = Isolierung nach erstem starkem Zeichen
text-char-pdi = Ende der Richtungsisolierung
text-char-lrm = Links-nach-rechts-Marke
text-char-rlm = Rechts-nach-links-Marke
text-char-alm = Arabische Buchstabenmarke
text-char-direction-control = Richtungssteuerzeichen
text-char-zwsp = Leerzeichen ohne Breite
text-char-zwnj = Bindungsverhinderer ohne Breite
text-char-zwj = Verbinder ohne Breite
text-char-wj = Wortverbinder
text-char-invisible-operator = Unsichtbarer Operator
text-char-zwnbsp = Geschütztes Leerzeichen ohne Breite
text-char-soft-hyphen = Weicher Trennstrich
text-char-cgj = Graphem-Verbinder
text-char-mvs = Mongolischer Vokaltrenner
text-char-hangul-filler = Hangul-Füllzeichen
text-char-tag = Tag-Zeichen
text-char-other = Zeichen
email-at = Geben Sie eine E-Mail-Adresse mit genau einem @ ein, z. B. name@contoso.com.
email-local = Der Teil vor dem @ ist in einer E-Mail-Adresse nicht möglich.
email-domain = Der Teil nach dem @ ist keine Domäne wie contoso.com.

## A claim's answers that keep it from being submitted. `$who` is
## `customer` (the customer contact), `technical` (the customer's
## technical contact) or `partner` (the partner's own contact).

claim-contact-name = { $who ->
    [customer] Geben Sie den Namen des Kundenkontakts ein.
    [technical] Geben Sie den Namen des technischen Kundenkontakts ein.
   *[partner] Geben Sie den Namen Ihres Kontakts ein.
}
claim-contact-title = { $who ->
    [customer] Geben Sie die Position des Kundenkontakts ein.
    [technical] Geben Sie die Position des technischen Kundenkontakts ein.
   *[partner] Geben Sie die Position Ihres Kontakts ein.
}
claim-contact-email = { $who ->
    [customer] Geben Sie die E-Mail-Adresse des Kundenkontakts ein.
    [technical] Geben Sie die E-Mail-Adresse des technischen Kundenkontakts ein.
   *[partner] Geben Sie die E-Mail-Adresse Ihres Kontakts ein.
}
claim-name-empty = Geben Sie einen Namen für den Anspruch ein.
claim-solution-seller-empty = Geben Sie den Namen des Dynamics-Lösungsverkäufers ein.
claim-customer-name-empty = Geben Sie den Namen des Kunden ein.
claim-isv-product-empty = Geben Sie den Namen des ISV-Produkts oder der Lösung ein.
claim-area-missing = Wählen Sie den Lösungsbereich aus.
claim-role-missing = Wählen Sie Ihre Partnerrolle aus.
claim-role-not-in-area = „{ $role }“ ist keine Rolle von „{ $area }“.
claim-products-missing = Wählen Sie mindestens ein Produkt aus.
claim-product-repeated = Dieses Produkt ist zweimal im Anspruch enthalten. Führen Sie jedes Produkt nur einmal auf.
claim-product-unknown = Für dieses Produkt kann kein Anspruch gestellt werden.

## Purchase channels, solution areas and partner roles.

role-channel-csp = Cloud Solution Provider (CSP)
role-channel-volume-licensing = Volumenlizenzvertrag
role-channel-web-direct = Web-Direct
area-business-applications = Business Applications
area-modern-work-and-security = Modern Work and Security
role-build-intent-advisor = Kaufabsicht – Berater
role-usage-recognition = Nutzungsanerkennung – ohne Incentives
role-influenced-revenue-recognition = Anerkennung beeinflusster Umsätze – ohne Incentives
role-use-or-consume = Nutzung
role-build-intent-advisor-description = Wählen Sie diese Rolle, wenn Sie den Kauf eines berechtigten Produkts durch den Kunden beeinflusst haben und Presales-Incentives beantragen möchten.
role-usage-recognition-description = Wählen Sie diese Rolle, wenn Sie die Einführung und Nutzung eines berechtigten Workloads beim Kunden vorantreiben und Nutzungs-Incentives beantragen möchten.
role-influenced-revenue-recognition-description = Wählen Sie diese Rolle, wenn Sie als Business Influencer die Wahl eines berechtigten Produkts durch den Kunden beeinflusst haben. Der Umsatz wird Ihnen zugeordnet; Incentives werden nicht gezahlt.
role-use-or-consume-description = Wählen Sie diese Rolle, wenn Sie die Einführung und Nutzung eines berechtigten Workloads beim Kunden vorantreiben und Nutzungs-Incentives, die Anrechnung auf Nutzung oder Kompetenzen oder beides möchten.
role-closed-csp = Nicht verfügbar: Dieser Kunde hat über CSP gekauft. Rollen für Business Applications gelten nur für Käufe über einen Volumenlizenzvertrag oder Web-Direct; CSP-Zuordnungen sind ein anderes Programm.

## Who may use the claim flow. `access-roles-needed` names the three roles
## that may claim (`access-global-admin`, `-billing-admin`,
## `-incentives-admin`).

access-global-admin = Globaler Administrator
access-billing-admin = Abrechnungsadministrator
access-incentives-admin = Incentives-Administrator
access-partner-user = Partnerbenutzer
access-reviewer = Prüfer
access-roles-needed = Für Kundenzuordnungen benötigen Sie eine dieser Rollen: { $first }, { $second }, { $third }. Bitten Sie Ihre globalen Admins, Ihnen eine davon zuzuweisen.

## Dates. `date-long`: `$day` and `$year` are digits, `$month` the
## month's number (1–12).

date-format = Geben Sie ein Datum im Format JJJJ-MM-TT ein, z. B. 2026-11-24.
date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }

## A claim's statuses, as Partner Center names them.

status-editing = In Bearbeitung
status-submitted = Übermittelt
status-under-review = Wird geprüft
status-partner-action-required = Partneraktion erforderlich
status-approved = Genehmigt
status-eligible = Berechtigt
status-rejected = Abgelehnt
status-disputed = Angefochten
status-withdrawn = Zurückgezogen

## Why a claim can't move: `$who` is who may act (`partner`, `reviewer`,
## `customer`, `clock`); `$action` the action and `$status` the claim's
## status, as the API spells them; `$date` a date in words; `$reason` a
## rejection reason (`transition-rejection-…`).

transition-not-your-action = Das kann nur { $who ->
    [partner] der Partner, der den Anspruch gestellt hat,
    [reviewer] eine prüfende Person von Microsoft
    [customer] der Kunde
   *[clock] die Fristenautomatik des Anspruchs
} tun.
transition-wrong-status = „{ $action ->
    [submit] Einreichen
    [resubmit] Erneut einreichen
    [dispute] Anfechten
    [withdraw] Zurückziehen
    [start_review] Prüfung beginnen
    [request_information] Informationen anfordern
    [approve] Genehmigen
    [reject] Ablehnen
    [win_arbitration] Schlichtung gewinnen
    [lose_arbitration] Schlichtung verlieren
    [opt_out] Zuordnung ablehnen
    [partner_response_expired] Schließen mangels Partnerantwort
   *[opt_out_window_passed] Widerspruchsfrist beenden
}“ ist bei einem Anspruch im Status „{ $status ->
    [editing] In Bearbeitung
    [submitted] Übermittelt
    [under_review] Wird geprüft
    [partner_action_required] Partneraktion erforderlich
    [approved] Genehmigt
    [eligible] Berechtigt
    [rejected] Abgelehnt
    [disputed] Angefochten
   *[withdrawn] Zurückgezogen
}“ nicht möglich.
transition-window-closed = Das war bis zum { $date } möglich.
transition-not-due-yet = Das ist erst nach dem { $date } fällig.
transition-not-disputable = Eine Ablehnung aus diesem Grund kann nicht angefochten werden: { $reason }.
transition-reason-required = Geben Sie einen Grund an.
transition-in-arbitration = Dieser Anspruch konkurriert mit dem Anspruch eines anderen Partners auf dasselbe Produkt und wird daher im Schlichtungsverfahren entschieden: Genehmigen Sie dort einen der konkurrierenden Ansprüche.
transition-request-poe-missing = Der Ausführungsnachweis fehlt
transition-request-poe-not-acknowledged = Dem Ausführungsnachweis fehlt die Bestätigung oder Unterschrift des Kunden
transition-request-poe-date = Der Ausführungsnachweis ist nicht oder älter als 12 Monate datiert
transition-request-poe-work = Der Ausführungsnachweis beschreibt Ihre Arbeit nicht
transition-request-poe-products = Der Ausführungsnachweis nennt die beanspruchten Produkte nicht
transition-request-other = Sonstiges (siehe Kommentar der prüfenden Person)
transition-rejection-poe-insufficient = Der Ausführungsnachweis reicht nicht aus
transition-rejection-no-partner-response = Keine Antwort des Partners innerhalb von 5 Werktagen
transition-rejection-partner-request = Auf Wunsch des Partners abgelehnt
transition-rejection-customer-declined = Der Kunde hat die Zuordnung abgelehnt
transition-rejection-competing-claim-approved = Der Anspruch eines anderen Partners auf dieses Produkt wurde genehmigt

## How long is left before a deadline.

clock-left = { $days ->
    [one] Noch { $days } Werktag
   *[other] Noch { $days } Werktage
}
clock-due-today = Heute fällig
clock-overdue = { $days ->
    [one] { $days } Tag überfällig
   *[other] { $days } Tage überfällig
}

## Products' families, subscriptions' statuses, and why a subscription
## can't be claimed. `$date` is a date in words.

subscription-family-dynamics = Dynamics 365
subscription-family-modern-work = Modern Work and Security-Workload
subscription-status-pending = Bereitstellung ausstehend
subscription-status-active = Aktiv
subscription-status-grace = In Kulanzfrist
subscription-status-expired = Abgelaufen
subscription-status-suspended = Gesperrt
subscription-required = Der Kunde hat { $count } Abonnements dieses Produkts. Geben Sie die Abonnement-ID für diesen Anspruch ein.
subscription-product-not-on-tenant = Das ausgewählte Produkt gibt es im Mandanten des Kunden nicht.
subscription-not-of-product = Dieses Abonnement gehört im Mandanten des Kunden nicht zum ausgewählten Produkt.
subscription-not-dynamics = Dieses Abonnement gilt nicht für ein Dynamics 365-Produkt.
subscription-csp = Dieses Abonnement wurde über CSP gekauft. CSP-Kundenzuordnungen sind ein anderes Programm.
subscription-not-provisioned = Der Kunde hat die Produkte dieses Abonnements noch nicht aktiviert bzw. bereitgestellt.
subscription-provisioned-recently = Dieses Abonnement wurde vor weniger als { $days } Tagen bereitgestellt. Sie können es ab dem { $date } beanspruchen.
subscription-expired-renewed = Dieses Abonnement ist abgelaufen; seine neue Abonnement-ID ist { $id }. Erstellen Sie einen neuen Anspruch mit der neuen ID.
subscription-expired = Dieses Abonnement ist abgelaufen. Abonnement-IDs ändern sich beim Ablauf: Erstellen Sie einen neuen Anspruch mit der neuen ID.
subscription-suspended = Dieses Abonnement ist gesperrt oder deaktiviert und kann daher keine Incentives erzielen.

## Proof of execution files. `poe-size-…`: a file's size, `$whole` and
## `$tenths` digits (1.2 MB), `$kb` a whole number of kilobytes.

poe-missing = Fügen Sie mindestens ein Dokument als Ausführungsnachweis hinzu.
poe-size-mb = { $whole },{ $tenths } MB
poe-size-kb = { $kb } KB
poe-name-missing = Die Datei hat keinen Namen.
poe-name-character = Der Dateiname darf { $char } nicht enthalten.
poe-no-extension = Der Dateiname hat keine Erweiterung, daher ist der Dateityp unbekannt.
poe-type-not-allowed = Eine .{ $extension }-Datei kann nicht als Ausführungsnachweis verwendet werden.
poe-empty = Die Datei ist leer.
poe-too-large = Die Datei ist { $size } groß; zulässig sind höchstens 25 MB.
poe-too-many = Ein Anspruch kann höchstens { $max } Dateien haben.
poe-content-mismatch = Der Inhalt der Datei ist keine { $kind }-Datei, auch wenn der Name das sagt.
poe-markup = Webseiten und Skripts können nicht als Ausführungsnachweis verwendet werden, unabhängig von ihrem Namen.

## The partner program ID.

program-empty = Wählen Sie die Partnerprogramm-ID für diesen Anspruch aus.
program-character = Eine Partnerprogramm-ID besteht nur aus Ziffern; sie darf { $char } nicht enthalten.
program-length = Eine Partnerprogramm-ID hat { $min } bis { $max } Ziffern; die Eingabe hat { $digits }.

## Arbitration: what helps a claim that competes with another partner's.

core-arbitration-evidence = Ein anderer Partner hält oder beansprucht dies bereits. Prüfende vergleichen die Ausführungsnachweise der Partner (der neueste zählt) und fordern ggf. von beiden mehr an. Hilfreich ist ein aktuelles, vom Kunden unterschriebenes oder bestätigtes Dokument aus den letzten 12 Monaten, das dieses Produkt nennt und Ihre Arbeit beschreibt.
