# cpor-claims: every text the product shows, in German (translated from
# the reference catalogue, en.ftl; phrased for German readers, not word
# for word). Project Fluent syntax: https://projectfluent.org/
# Ids: `field-…` the claim's answers, `error-…` one per API error code
# (`.fix`: what the partner can do), `guid-…` identifiers' rules, `char-…`
# how a character is named in a message.
# Terms follow Partner Center's German UI and documentation for CPOR:
# Anspruch (claim, as in „CPOR-Anspruch“ and „Kundenansprüche“),
# Kundenzuordnung (customer association), Mandant and Mandanten-ID (tenant),
# Abonnement (subscription), Partnerprogramm-ID, Lösungsbereich (solution
# area), Ausführungsnachweis (proof of execution), Incentives (kept in
# English, as in Partner Center), and the roles Globaler Administrator,
# Abrechnungsadministrator, Incentives-Administrator. One word for each
# act and thing: einreichen (submit, status „Eingereicht“), Prüfer and
# Prüfung (reviewer, review; status „In Prüfung“), anfechten and Anfechtung
# (dispute), zurückziehen (withdraw), Entwurf (draft), Schlichtung
# (arbitration), Ablehnungsfrist (the customer's opt-out window), angehalten
# (a suspended subscription), Angaben (a claim's answers), zugeordnet (a
# product a partner "holds"). Sie throughout; "bis zum { $date }".

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
    [tenant] Die Bindestriche stehen an der falschen Stelle: Eine Mandanten-ID ist im Format 8-4-4-4-12 gegliedert, z. B. { $example }.
   *[subscription] Die Bindestriche stehen an der falschen Stelle: Eine Abonnement-ID ist im Format 8-4-4-4-12 gegliedert, z. B. { $example }.
}
guid-nil = { $id ->
    [tenant] Eine ID aus lauter Nullen ist ein Platzhalter, keine echte Mandanten-ID.
   *[subscription] Eine ID aus lauter Nullen ist ein Platzhalter, keine echte Abonnement-ID.
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
    .fix = Kopieren Sie die Domäne erneut aus den Angaben Ihres Kunden, oder geben Sie sie mit ihren Umlauten bzw. Akzenten ein.
error-program_id_empty = Wählen Sie eine Partnerprogramm-ID aus.
    .fix = { -fix-program }
error-program_id_character = Eine Partnerprogramm-ID besteht nur aus Ziffern.
    .fix = { -fix-program }
error-program_id_length = Die Partnerprogramm-ID hat die falsche Anzahl Ziffern.
    .fix = { -fix-program }
error-domain_tenant_mismatch = Kundendomäne und Mandanten-ID passen nicht zusammen.
    .fix = Lassen Sie sich Mandanten-ID und Domäne von Ihrem Kunden bestätigen, und korrigieren Sie die falsche Angabe.
error-unknown_tenant = Wir haben keinen Kundenmandanten mit dieser ID gefunden.
    .fix = Prüfen Sie die Mandanten-ID mit Ihrem Kunden. Bestätigt der Kunde sie, wenden Sie sich an den Support.
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
    .fix = Fragen Sie Ihren Kunden, auf welches Abonnement sich Ihre Arbeit bezieht. Die ID findet er im Microsoft 365 Admin Center (Abrechnung > Ihre Produkte).
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
    .fix = Geben Sie den Namen in Buchstaben ein.
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
error-action_not_allowed = Sie sind dazu nicht berechtigt.
    .fix = Nur der Partner, der den Anspruch erstellt hat, oder ein Prüfer kann diese Aktion ausführen.
error-wrong_status = Im aktuellen Status des Anspruchs ist das nicht möglich.
    .fix = Laden Sie den Anspruch neu, um seinen aktuellen Status und die verfügbaren Aktionen zu sehen.
error-window_closed = Die Frist dafür ist abgelaufen.
    .fix = Erstellen Sie stattdessen einen neuen Anspruch.
error-not_disputable = Diese Ablehnung kann nicht angefochten werden.
    .fix = Erstellen Sie einen neuen Anspruch, wenn sich die Situation geändert hat.
error-reason_required = Eine Begründung ist erforderlich.
    .fix = Geben Sie kurz den Grund an.
error-unauthenticated = Sie sind nicht angemeldet.
    .fix = Melden Sie sich erneut an. Ihre Eingaben bleiben erhalten.
error-tenant_not_registered = Ihre Organisation ist nicht für Kundenzuordnungen registriert.
    .fix = Bitten Sie Ihren globalen Administrator, den Microsoft Entra-Mandanten Ihrer Organisation für Kundenzuordnungen zu registrieren.
error-role_required = Sie haben keine Rolle mit dieser Berechtigung.
    .fix = Bitten Sie Ihren globalen Administrator, Ihnen die Rolle „Globaler Administrator“, „Abrechnungsadministrator“ oder „Incentives-Administrator“ zuzuweisen.
error-claim_incomplete = Einige Angaben fehlen oder müssen korrigiert werden.
    .fix = Korrigieren Sie die aufgeführten Angaben, und reichen Sie den Anspruch erneut ein.
error-program_not_in_organisation = Dieses Partnerprogramm gehört nicht zu Ihrem Unternehmen.
    .fix = Wählen Sie eine der Partnerprogramm-IDs Ihres Unternehmens aus der Liste aus.
error-role_closed = Diese Partnerrolle gilt für diesen Kunden nicht.
    .fix = Wählen Sie eine Rolle aus, die für den Kaufweg des Kunden verfügbar ist.
error-already_claimed = Sie haben für diesen Kunden bereits einen Anspruch auf dieses Produkt.
    .fix = Öffnen Sie Ihren bestehenden Anspruch, statt einen neuen zu erstellen.
error-reclaim_not_needed = Keines der Abonnements dieses Anspruchs ist abgelaufen.
    .fix = Ein erneuter Anspruch ist nur nötig, wenn ein Abonnement abläuft und unter einer neuen ID verlängert wird.
error-field_locked = Diese Angabe kann nicht mehr geändert werden.
    .fix = Nach dem Einreichen können Sie nur noch Partnerprogramm-ID, Produkte, Kontakte und Ausführungsnachweis ändern.
error-claim_not_found = Diesen Anspruch gibt es nicht.
    .fix = Prüfen Sie den Link, oder suchen Sie den Anspruch unter Ihren Kundenzuordnungen.
error-stale_claim = Dieser Anspruch wurde geändert, seit Sie ihn geöffnet haben.
    .fix = Laden Sie ihn neu, prüfen Sie die Änderungen, und nehmen Sie Ihre Änderungen erneut vor.
error-precondition_required = Die Anforderung muss angeben, welche Version sie ändert.
    .fix = Senden Sie das ETag des Anspruchs im If-Match-Header.
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
    .fix = Entscheiden Sie in der Schlichtung: Vergleichen Sie dort die Ausführungsnachweise der konkurrierenden Ansprüche, und genehmigen Sie einen davon.
error-not_found = Unter dieser Adresse wurde nichts gefunden.
    .fix = Prüfen Sie die Adresse, oder kehren Sie zur Startseite zurück.
error-method_not_allowed = Diese Aktion ist hier nicht zulässig.
    .fix = Kehren Sie zur Startseite zurück, und versuchen Sie es erneut.
error-internal_error = Bei uns ist ein Fehler aufgetreten.
    .fix = Ihre Eingaben bleiben erhalten. Versuchen Sie es in einer Minute erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an den Support.
error-service_unavailable = Der Dienst ist gerade nicht erreichbar.
    .fix = Ihre Eingaben bleiben erhalten. Versuchen Sie es in einer Minute erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an den Support.

## The app's frame: signing in, page titles it decides, the language
## picker, parts that did not download, the failure notice.

app-signing-in = Anmeldung läuft…
app-loading = Wird geladen…
app-unreachable = Der Anspruchsdienst ist gerade nicht erreichbar. Ihre Eingaben bleiben erhalten.
app-title-reviewers-only = Prüfungen sind Microsoft-Prüfern vorbehalten
app-title-roles-needed = Sie benötigen eine andere Rolle
app-document-title = { $page } – Kundenzuordnungen
app-language = Sprache
standalone-crumbs = Incentives › Kundenzuordnungen
app-step-missing = Dieser Schritt wurde nicht geladen. Prüfen Sie Ihre Verbindung, und versuchen Sie es erneut. Ihre Eingaben bleiben erhalten.
app-form-missing = Dieses Formular wurde nicht geladen. Prüfen Sie Ihre Verbindung, und versuchen Sie es erneut. Ihre Eingaben bleiben erhalten.
app-crash-title = Die Kundenzuordnungen funktionieren nicht mehr
app-crash-body = Bei uns ist ein Fehler aufgetreten. Was Sie in einem Anspruch eingegeben haben, bleibt auf diesem Gerät gespeichert: Laden Sie die Seite neu, um dort weiterzumachen, wo Sie aufgehört haben.
app-crash-reload = Kundenzuordnungen neu laden
## The claim flow: its pages (new claim, steps, drafts, confirmation)
## and their parts (components).

flow-page-title = { $step } – Neue Kundenzuordnung
flow-caption = Neue Kundenzuordnung
flow-breadcrumb = Navigationspfad
flow-back-to-list = Kundenzuordnungen
flow-submitted = Anspruch eingereicht
flow-saving = Wird gespeichert…
flow-saved-offline = Auf diesem Gerät gespeichert. Sobald der Dienst erreichbar ist, speichern wir den Entwurf in Ihrem Konto.
flow-saved-at = Gespeichert um { $time }
flow-try-again = Erneut versuchen
flow-next = Weiter
flow-submit = Anspruch einreichen
flow-back = Zurück

component-retry = Wiederholen
component-demo-user = Demobenutzer
component-demo-user-option = { $name } ({ $role })
component-error-summary-title = Es gibt ein Problem
component-field-error = Fehler:
component-field-optional = (optional)
component-field-support = Support kontaktieren (wird in neuem Tab geöffnet)
component-file-drop-text = Dateien hierher ziehen oder
component-file-drop-browse = Dateien auswählen
component-upload-unavailable = Wir können diese Datei gerade nicht hochladen. Das liegt nicht an der Datei.
component-upload-done = { $file } hochgeladen.
component-upload-problem = { $file }: { $message }
component-upload-list = Dateien im Upload
component-upload-progress = { $file } wird hochgeladen
component-upload-percent = { $percent } %
component-upload-dismiss = Schließen
component-program-loading = Ihre Partnerprogramme werden geladen…
component-program-unavailable = Wir können Ihre Partnerprogramme gerade nicht laden. Das liegt nicht an Ihnen.
component-program-enrolled = Für Incentives registriert
component-program-not-enrolled = Nicht für Incentives registriert
component-program-meta = Partnerprogramm-ID { $id } · { $country }
component-program-hint = Für welchen Standort oder welches Programm Ihres Unternehmens Sie diese Arbeit beanspruchen. Nicht sicher? Fragen Sie Ihren globalen Administrator.
component-program-not-enrolled-title = { $program } ist für kein Incentive-Programm registriert
component-program-not-enrolled-text = Sie können es trotzdem verwenden, aber der Anspruch bringt darüber erst Incentives, wenn das Programm registriert ist.
component-program-enrolment-link = Registrierung in der Incentives-Übersicht verwalten (wird in neuem Tab geöffnet)
component-status = Status:
component-arbitration = Schlichtung
component-stepper = Schritt { $step } von { $total }

step-customer-title = Partner und Kunde
step-customer-tenant-hint = Auch „Verzeichnis-ID“ genannt. Format: 3f2504e0-4f89-41d3-9a0c-0305e82c3301; geschweifte Klammern, Leerzeichen und Großbuchstaben sind zulässig.
step-customer-domain-hint = Zum Beispiel contoso.onmicrosoft.com oder eine benutzerdefinierte Domäne, die der Kunde verifiziert hat.
step-customer-checking = Kunde wird geprüft…
step-customer-confirmed = Bestätigt: { $domain } gehört zu { $customer }.
step-customer-unavailable = Wir können den Kunden gerade nicht prüfen. Das liegt nicht an Ihren Eingaben.

step-role-title = Lösungsbereich und Rolle
step-role-area = Lösungsbereich
step-role-area-hint = Business Applications ist Dynamics 365; Modern Work and Security ist Microsoft 365, Teams, Defender und Ähnliches.
step-role-role = Partnerrolle
step-role-help = Welche Rolle wähle ich?
step-role-help-choose = Wählen Sie die Rolle, die beschreibt, was Sie für diesen Kunden getan haben. Mit einer falschen Rolle entgehen Ihnen unter Umständen Berechtigungen und Incentives, und Sie müssen später einen neuen Anspruch erstellen.
step-role-help-csp = Rollen für Business Applications gelten nur, wenn der Kunde über einen Volumenlizenzvertrag oder Web-Direct gekauft hat. Für Kunden, die über CSP gekauft haben, verwenden Sie stattdessen CSP-Kundenzuordnungen.
step-role-loading = Die Rollen für diesen Kunden werden geladen…
step-role-unavailable = Wir können die Rollen und Produkte dieses Kunden gerade nicht laden. Das liegt nicht an Ihren Eingaben.
step-role-area-closed = { $customer } hat { $area } über CSP gekauft, daher kann hier keine Partnerrolle dieses Lösungsbereichs beansprucht werden. Wählen Sie einen anderen Lösungsbereich, oder ordnen Sie diesen Kunden über das CSP-Programm zu.
step-role-area-closed-unknown = Dieser Kunde hat { $area } über CSP gekauft, daher kann hier keine Partnerrolle dieses Lösungsbereichs beansprucht werden. Wählen Sie einen anderen Lösungsbereich, oder ordnen Sie diesen Kunden über das CSP-Programm zu.
step-role-closed-title = Rollen für { $area } sind für { $customer } nicht verfügbar
step-role-closed-title-unknown = Rollen für { $area } sind für diesen Kunden nicht verfügbar
step-role-closed-text = { $customer } hat { $area } über CSP gekauft. Diese Rollen gelten nur für Käufe über einen Volumenlizenzvertrag oder Web-Direct; CSP-Käufe werden über das CSP-Programm zugeordnet, nicht über einen Anspruch hier.
step-role-closed-text-unknown = Dieser Kunde hat { $area } über CSP gekauft. Diese Rollen gelten nur für Käufe über einen Volumenlizenzvertrag oder Web-Direct; CSP-Käufe werden über das CSP-Programm zugeordnet, nicht über einen Anspruch hier.
step-role-closed-advice = Betraf Ihre Arbeit Microsoft 365, Teams oder Defender, wählen Sie oben „Modern Work and Security“ aus. Andernfalls ordnen Sie diesen Kunden im Partner Center über CSP zu.

step-products-title = Produkte
step-products-hint = Die Produkte im Mandanten des Kunden, auf die sich Ihre Arbeit bezog. Jedes Produkt wird bei der Auswahl geprüft.
step-products-loading = Die Produkte des Kunden werden geladen…
step-products-list-unavailable = Wir können die Produkte dieses Kunden gerade nicht laden. Das liegt nicht an Ihren Eingaben.
step-products-none = Dieser Kunde hat in diesem Lösungsbereich keine Produkte in seinem Mandanten. Gehen Sie zurück, und wählen Sie den anderen Lösungsbereich aus, oder prüfen Sie die Mandanten-ID mit Ihrem Kunden.
step-products-meta = { $family } · { $count ->
    [one] { $count } Abonnement im Mandanten
   *[other] { $count } Abonnements im Mandanten
}
step-products-held-elsewhere = Einem anderen Partner zugeordnet oder von ihm beansprucht
step-products-subscription-hint = Der Kunde hat mehr als ein Abonnement dieses Produkts: Geben Sie die ID des Abonnements ein, für das dieser Anspruch gilt. Sie steht im Microsoft 365 Admin Center des Kunden (Abrechnung > Ihre Produkte).
step-products-checking = Wird geprüft…
step-products-claimable = Kann beansprucht werden.
step-products-claimable-subscription = Kann beansprucht werden (Abonnement { $subscription }).
step-products-arbitration-title = Dieser Anspruch geht in die Schlichtung
step-products-arbitration-text = Microsoft beginnt trotzdem innerhalb von 5 Werktagen mit der Prüfung; der Anspruch kann aber länger im Status „In Prüfung“ bleiben, während beide Partner angehört werden. Sie werden in den Kommentaren zum Anspruch informiert.
step-products-unavailable = Wir können dieses Produkt gerade nicht prüfen. Das liegt nicht an Ihren Eingaben.
step-products-already-claimed = Ihr Unternehmen hat für diesen Kunden bereits einen aktiven Anspruch auf { $product }.
step-products-claimable-from = { $product } kann ab dem { $date } beansprucht werden.
step-products-claimable-from-fix = { $reason } Heben Sie die Auswahl auf, um ohne das Produkt fortzufahren, oder behalten Sie diesen Entwurf, und reichen Sie ihn an diesem Tag ein.
step-products-gone = { $product } ist nicht mehr im Mandanten des Kunden. Heben Sie die Auswahl auf.
step-products-existing-claim = Ihren bestehenden Anspruch „{ $claim }“ öffnen
step-products-announce-claimable = { $product } kann beansprucht werden.
step-products-announce-arbitration = { $product } kann beansprucht werden; es ist einem anderen Partner zugeordnet oder wird von ihm beansprucht, daher geht der Anspruch in die Schlichtung.
step-products-announce-problem = { $product }: { $message }

step-details-title = Anspruchsdetails und Kontakte
step-details-claim-name = Anspruchsname
step-details-claim-name-hint = Ein Name, unter dem Sie den Anspruch später wiederfinden, z. B. „Contoso – Einführung Dynamics 365 Sales“.
step-details-full-name = Vollständiger Name
step-details-job-title = Position
step-details-email = E-Mail-Adresse
step-details-seller = Name des Dynamics-Lösungsverkäufers
step-details-seller-hint = Der Microsoft-Verkäufer, der an dieser Verkaufschance gearbeitet hat.
step-details-customer-name = Kundenname
step-details-customer-name-hint = Die Organisation des Kunden, wie im Vertrag angegeben.
step-details-isv = Name des ISV-Produkts oder der Lösung
step-details-customer-contact = Kundenkontakt
step-details-customer-contact-hint = Die Person beim Kunden, die Ihre Arbeit bestätigen kann.
step-details-technical-contact = Technischer Kundenkontakt
step-details-technical-contact-hint = Für Dynamics 365: die technisch verantwortliche Person des Kunden für das Produkt.
step-details-your-contact = Ihr Kontakt
step-details-your-contact-hint = Die Person in Ihrem Unternehmen, an die sich die Prüfer bei Fragen zu diesem Anspruch wenden können.
step-details-revenue = Umsatzzuordnung
step-details-revenue-hint = Die Rolle „Anerkennung beeinflusster Umsätze“ ordnet Ihnen Umsatz zu; diese Angaben identifizieren das Geschäft.
step-details-prefilled = Wir haben die Kundenkontakte aus Ihrem Anspruch „{ $claim }“ übernommen. Prüfen Sie, ob sie noch stimmen.

step-evidence-title = Ausführungsnachweis
step-evidence-checklist = Worauf Prüfer achten
step-evidence-check-acknowledgement = Bestätigung oder Unterschrift des Kunden
step-evidence-check-date = Ein Datum innerhalb der letzten 12 Monate
step-evidence-check-tenant = Mandanten-ID und Domäne des Kunden
step-evidence-check-products = Jedes beanspruchte Produkt mit Namen
step-evidence-check-work = Eine Beschreibung Ihrer Arbeit für den Kunden
step-evidence-template = Vorlage herunterladen
step-evidence-template-format = (RTF, wird in Word geöffnet)
step-evidence-documents = Ihre Dokumente
step-evidence-hint = PDF, Office-Dokumente, Outlook-Nachrichten, CSV, RTF, XPS oder Bilder; je Datei bis zu 25 MB und { $max ->
    [one] { $max } Datei pro Anspruch.
   *[other] { $max } Dateien pro Anspruch.
}
step-evidence-files = Dateien
step-evidence-remove = Entfernen
step-evidence-remove-file = { $file } entfernen
step-evidence-removed = { $file } entfernt.
step-evidence-remove-failed = Wir können { $file } gerade nicht entfernen. Versuchen Sie es erneut.
step-evidence-comment = Kommentar für die Prüfer
step-evidence-comment-hint = Alles, was ihnen hilft, Ihre Dokumente zu verstehen.

step-answers-title = Angaben prüfen
step-answers-change = Ändern
step-answers-change-customer = Partner und Kunde
step-answers-change-role = Lösungsbereich und Rolle
step-answers-change-products = Produkte
step-answers-change-details = Anspruchsdetails und Kontakte
step-answers-change-evidence = Ausführungsnachweis
step-answers-program = { $program } ({ $id })
step-answers-product = Produkt
step-answers-product-subscription = { $product }, Abonnement { $subscription }
step-answers-seller = Dynamics-Lösungsverkäufer
step-answers-isv = ISV-Produkt oder -Lösung
step-answers-file = Datei
step-answers-file-size = { $file } ({ $size })
step-answers-comment = Kommentar
step-answers-before = Vor dem Einreichen
step-answers-before-notified = Ihr Kunde wird über diese Zuordnung benachrichtigt. Sobald Microsoft sie genehmigt, wird der Kundenkontakt informiert und kann sie innerhalb von 7 Tagen ablehnen.
step-answers-before-review = Microsoft beginnt innerhalb von 5 Werktagen mit der Prüfung. Wenn wir weitere Informationen benötigen, fragen wir in den Kommentaren zum Anspruch nach.
step-answers-sending = Ihr Anspruch wird gesendet…
step-answers-retrying = Der Dienst ist nicht erreichbar. Ihr Anspruch ist gespeichert; neuer Versuch in { $seconds ->
    [one] { $seconds } Sekunde…
   *[other] { $seconds } Sekunden…
}
step-answers-offline = Gespeichert, noch nicht gesendet: Sie sind offline. Wir senden Ihren Anspruch, sobald Sie wieder online sind.
step-answers-failed = Gespeichert, noch nicht gesendet: Der Dienst war nicht erreichbar. Es geht nichts verloren; versuchen Sie es gleich erneut.

drafts-count = Ihre Entwürfe ({ $count })
drafts-title-for = Entwurf für { $domain }
drafts-title-no-customer = Entwurf ohne Kunde
drafts-step = Schritt { $step } von { $total }: { $name }
drafts-changed-just-now = Gerade eben geändert
drafts-changed-minutes = { $count ->
    [one] Vor { $count } Minute geändert
   *[other] Vor { $count } Minuten geändert
}
drafts-changed-hours = { $count ->
    [one] Vor { $count } Stunde geändert
   *[other] Vor { $count } Stunden geändert
}
drafts-changed-yesterday = Gestern geändert
drafts-changed-days = { $count ->
    [one] Vor { $count } Tag geändert
   *[other] Vor { $count } Tagen geändert
}
drafts-changed-on = Geändert am { $date }
drafts-continue = Fortsetzen
drafts-continue-draft = { $draft } fortsetzen
drafts-delete = Löschen
drafts-delete-draft = { $draft } löschen
drafts-delete-group = { $draft } löschen?
drafts-delete-question = Diesen Entwurf löschen? Seine Angaben und Dateien werden entfernt; das lässt sich nicht rückgängig machen.
drafts-delete-for-good = { $draft } endgültig löschen
drafts-delete-confirm = Entwurf löschen
drafts-keep = Behalten
drafts-deleted = „{ $draft }“ wurde gelöscht.
drafts-delete-refused = „{ $draft }“ konnte nicht gelöscht werden: { $reason }
drafts-delete-failed = „{ $draft }“ kann gerade nicht gelöscht werden. Der Entwurf bleibt erhalten; versuchen Sie es gleich erneut.
drafts-kept = Der angezeigte Anspruch bleibt in Ihren Entwürfen, wenn Sie einen neuen beginnen.
drafts-start-new = Neuen Anspruch beginnen

confirmation-title = Ihr Anspruch wurde an Microsoft gesendet
confirmation-claim-id = Anspruchs-ID
confirmation-go-to-claim = Öffnen Sie Ihren Anspruch „{ $claim }“
confirmation-go-to-claim-for = , um die Prüfung zu verfolgen, Nachweise hinzuzufügen oder den Prüfern zu antworten.
confirmation-arbitration-title = Dieser Anspruch ist in der Schlichtung
confirmation-arbitration-text = Er kann länger als 5 Werktage im Status „In Prüfung“ bleiben, während Microsoft beide Partner anhört; Sie werden in den Kommentaren zum Anspruch informiert.
confirmation-next = Wie es weitergeht
confirmation-review-by = { $days ->
    [one] Microsoft beginnt innerhalb von { $days } Werktag mit der Prüfung, spätestens am { $date }.
   *[other] Microsoft beginnt innerhalb von { $days } Werktagen mit der Prüfung, spätestens am { $date }.
}
confirmation-review = { $days ->
    [one] Microsoft beginnt innerhalb von { $days } Werktag mit der Prüfung.
   *[other] Microsoft beginnt innerhalb von { $days } Werktagen mit der Prüfung.
}
confirmation-more-needed = Wenn die Prüfer weitere Informationen benötigen, erhält der Anspruch den Status „Partneraktion erforderlich“, und sie fragen in den Kommentaren nach. Sie haben dann 5 Werktage Zeit für Ihre Antwort.
confirmation-approved = Nach der Genehmigung wird der Kunde benachrichtigt und kann die Zuordnung innerhalb von 7 Tagen ablehnen; danach erhält der Anspruch den Status „Berechtigt“.
confirmation-start-another = Weiteren Anspruch beginnen
## The app's pages outside the claim flow: page titles (`page-`), the
## associations list (`list-`), its CSV export (`export-`), the compact
## recent list (`recent-`), the access notices (`access-page-`), a
## claim's page (`claim-page-`), its history (`history-`) and comments
## (`thread-`), the partner's actions on it (`claim-action-`) and the
## reviewers' pages (`review-`). `$date` is a date already written out;
## `$countdown` the deadline's countdown. History sentences: `$who`, then
## what they did (a clause starting with the auxiliary: „hat … geändert“).

page-title-associations = Kundenzuordnungen
page-title-new-claim = Neue Kundenzuordnung
page-title-claim = Anspruch { $id }
page-title-review-queue = Prüfwarteschlange
page-title-review = Prüfung { $id }
page-title-not-found = Seite nicht gefunden
page-title-claim-document = { $claim } – Kundenzuordnungen
page-title-review-document = Prüfung { $claim } – Prüfwarteschlange
page-not-found-body = Unter dieser Adresse wurde nichts gefunden. Wenn Sie die Adresse eingegeben haben, prüfen Sie sie. Wenn Sie einem Link gefolgt sind, wurde der Anspruch eventuell gelöscht oder gehört zu einer anderen Organisation.
page-reviewers-only-heading = Prüfungen sind Microsoft-Prüfern vorbehalten
page-reviewers-only-body = Microsoft-Prüfer bearbeiten die Ansprüche, die Partner einreichen. Ihre eigenen Ansprüche mit Status und allen Rückmeldungen der Prüfer finden Sie unter Ihren Kundenzuordnungen.
page-go-to-list = Zu Ihren Kundenzuordnungen
page-part-missing = Diese Seite wurde nicht geladen. Prüfen Sie Ihre Verbindung, und versuchen Sie es erneut. Ihre Eingaben bleiben erhalten.

list-continue = Fortsetzen
list-continue-label = { $name } fortsetzen
list-next-deadline = Nächste Frist
list-no-deadline = Keine Frist
list-deadline = { $date } · { $countdown }
list-pages = Seiten
list-previous = Zurück
list-page-of = Seite { $page } von { $pages }
list-next-page = Nächste Seite
list-loading = Ihre Kundenzuordnungen werden geladen…
list-unavailable = Ihre Kundenzuordnungen können gerade nicht geladen werden. Das liegt nicht an Ihnen.
list-empty-filtered = Keine Kundenzuordnung passt zu diesen Filtern. Entfernen Sie einen Filter, oder suchen Sie nach etwas anderem.
list-empty = Sie haben noch keine Kundenzuordnungen. Beginnen Sie mit „Neue Kundenzuordnung“.
list-count = { $count ->
    [one] { $count } Kundenzuordnung
   *[other] { $count } Kundenzuordnungen
}
list-sorted = nächste Frist zuerst
list-column-claim = Anspruch
list-column-customer = Kunde
list-column-area-role = Lösungsbereich und Rolle
list-column-status = Status
list-lede = Die Ansprüche Ihres Unternehmens, als Partner of Record für die Microsoft-Produkte seiner Kunden anerkannt zu werden.
list-all-statuses = Alle Status
list-filter-area = Lösungsbereich
list-all-areas = Alle Lösungsbereiche
list-search-label = Suche
list-search-button = Suchen
list-search-placeholder = Anspruchsname, Domäne, Mandanten-ID oder Anspruchs-ID

export-button = CSV exportieren
export-running = Export läuft…
export-done = { $count ->
    [one] { $count } Kundenzuordnung exportiert.
   *[other] { $count } Kundenzuordnungen exportiert.
}
export-failed-title = Der Export wurde nicht abgeschlossen
export-failed-page = Seite { $page } von { $pages } konnte nicht geladen werden, daher wurde nichts heruntergeladen: Eine Datei ohne diese Ansprüche wäre falsch.
export-failed = Ihre Kundenzuordnungen konnten nicht geladen werden, daher wurde nichts heruntergeladen.
export-not-your-side = Das liegt nicht an Ihnen.
export-retry = Export wiederholen
export-column-claim-id = Anspruchs-ID
export-column-claim-name = Anspruchsname
export-column-customer = Kunde
export-column-domain = Kundendomäne
export-column-area = Lösungsbereich
export-column-role = Partnerrolle
export-column-products = Produkte
export-column-status = Status
export-column-deadline = Nächste Frist
export-column-arbitration = In Schlichtung
export-yes = Ja
export-no = Nein

recent-admins-only = Kundenzuordnungen werden von den Administratoren Ihres Unternehmens erstellt.
recent-loading = Ihre letzten Ansprüche werden geladen…
recent-unavailable = Ihre letzten Ansprüche können gerade nicht geladen werden.
recent-empty = Sie haben noch keine Kundenzuordnung erstellt.
recent-label = Ihre letzten Ansprüche
recent-view-all = Alle Kundenzuordnungen anzeigen

access-page-ended-heading = Ihre Anmeldung ist abgelaufen
access-page-ended-body = Melden Sie sich in Ihrem Partner-Dashboard erneut an, und wählen Sie dann „Erneut versuchen“. Ihre Eingaben bleiben erhalten.
access-page-try-again = Erneut versuchen
access-page-dashboard-heading = Melden Sie sich über Ihr Partner-Dashboard an
access-page-dashboard-body = Kundenzuordnungen werden in Ihrem Partner-Dashboard geöffnet, das Sie mit Ihrem Geschäftskonto anmeldet. Öffnen Sie Ihr Dashboard, und wechseln Sie zu „Kundenzuordnungen“.
access-page-dashboard-link = Wenn Sie über einen Link hierher gelangt sind, öffnen Sie ihn erneut aus Ihrem Dashboard.
access-page-support-reference = Wenn Sie sich an den Support wenden, geben Sie die Referenznummer { $reference } an.
access-page-reviewer-heading = Kundenzuordnungen werden von Partnern erstellt
access-page-reviewer-body = Sie sind als { $name } (Prüfer) angemeldet. Prüfer bewerten Ansprüche, erstellen aber keine.
access-page-roles-heading = Sie benötigen eine andere Rolle, um Kundenzuordnungen zu erstellen
access-page-roles-body = { $needed } Sie sind als { $name } ({ $role }) angemeldet.

claim-page-breadcrumb = Navigationspfad
claim-page-about = Zu diesem Anspruch
claim-page-claim-id = Anspruchs-ID
claim-page-loading = Der Anspruch wird geladen…
claim-page-cant-show = Dieser Anspruch kann nicht angezeigt werden
claim-page-unreachable = Der Anspruchsdienst ist gerade nicht erreichbar. Versuchen Sie es gleich erneut.
claim-page-details = Anspruchsdetails
claim-page-comments = Kommentare
claim-page-timeline = Zeitachse
claim-page-timeline-empty = Die Zeitachse beginnt, wenn der Anspruch eingereicht wird.
claim-page-history = Verlauf
claim-page-status-draft = Entwurf
claim-page-program = { $name } ({ $id })
claim-page-enrolled = für Incentives registriert
claim-page-not-enrolled = nicht für Incentives registriert
claim-page-product-subscription = { $product }, Abonnement { $subscription }
claim-page-customer-meta = { $domain } · Mandant { $tenant }
claim-page-tenant = Mandant { $tenant }
claim-page-locked = (gesperrt)
claim-page-partner-program = Partnerprogramm
claim-page-customer = Kunde
claim-page-solution-area = Lösungsbereich
claim-page-partner-role = Partnerrolle
claim-page-claim-name = Anspruchsname
claim-page-customer-contact = Kundenkontakt
claim-page-technical-contact = Technischer Kundenkontakt
claim-page-partner-contact = Partnerkontakt
claim-page-solution-seller = Dynamics-Lösungsverkäufer
claim-page-revenue-customer = Kundenname für den Umsatz
claim-page-isv-product = ISV-Produkt oder -Lösung
claim-page-comment = Kommentar für die Prüfer
claim-page-download-failed = { $file } kann gerade nicht heruntergeladen werden. Versuchen Sie es gleich erneut.
claim-page-no-files = Noch kein Ausführungsnachweis.
claim-page-file-meta = { $size } · hinzugefügt am { $date }
claim-page-download = Herunterladen
claim-page-download-label = { $file } herunterladen
claim-page-draft-title = Dieser Anspruch ist ein Entwurf
claim-page-draft-body = Bis Sie ihn einreichen, wird nichts an Microsoft gesendet. Setzen Sie ihn fort, um die Angaben zu vervollständigen und ihn einzureichen.
claim-page-submitted-title = Microsoft beginnt mit der Prüfung dieses Anspruchs
claim-page-submitted-title-by = Microsoft beginnt spätestens am { $date } mit der Prüfung dieses Anspruchs ({ $countdown })
claim-page-submitted-body = Sie müssen derzeit nichts tun. Bis die Prüfung beginnt, können Sie Partnerprogramm, Produkte und Kontakte noch ändern.
claim-page-review-title = Microsoft prüft diesen Anspruch: Eine Entscheidung steht aus
claim-page-review-title-by = Microsoft prüft diesen Anspruch: Eine Entscheidung ist bis zum { $date } fällig ({ $countdown })
claim-page-review-body = Sie müssen derzeit nichts tun. Wenn die Prüfer weitere Informationen benötigen, fragen sie unten in den Kommentaren nach.
claim-page-action-title = Microsoft benötigt weitere Informationen von Ihnen
claim-page-action-title-by = Microsoft benötigt bis zum { $date } weitere Informationen von Ihnen ({ $countdown })
claim-page-action-body = Lesen Sie die angeheftete Anfrage des Prüfers in den Kommentaren, nehmen Sie die angefragten Änderungen vor, fügen Sie bei Bedarf Nachweise hinzu, und reichen Sie den Anspruch erneut ein. Ohne rechtzeitige Antwort wird der Anspruch abgelehnt. Gefragt wurde nach:
claim-page-approved-title = Genehmigt
claim-page-approved-body-until = Der Kunde wurde informiert und kann die Zuordnung bis zum { $date } ablehnen. Danach ist der Anspruch für Incentives berechtigt.
claim-page-approved-body = Der Kunde wurde informiert und kann die Zuordnung 7 Tage lang ablehnen; danach ist der Anspruch für Incentives berechtigt.
claim-page-eligible-title = Für Incentives berechtigt
claim-page-eligible-body = Der Anspruch bringt Incentives, solange das Abonnement des Kunden aktiv ist oder sich in der Kulanzfrist befindet. Ein abgelaufenes Abonnement erhält eine neue ID: Beanspruchen Sie es dann erneut.
claim-page-rejected-title = Abgelehnt
claim-page-rejected-title-reason = Abgelehnt: { $reason }
claim-page-rejected-body-until = Sie können diese Entscheidung bis zum { $date } anfechten: mit einer geschäftlichen Begründung, einem aktualisierten Ausführungsnachweis oder beidem.
claim-page-rejected-body = Diese Entscheidung kann nicht mehr angefochten werden. Erstellen Sie einen neuen Anspruch, wenn sich die Situation geändert hat.
claim-page-disputed-title = Ihre Anfechtung liegt bei Microsoft: Eine Antwort steht aus
claim-page-disputed-title-by = Ihre Anfechtung liegt bei Microsoft: Eine Antwort ist bis zum { $date } fällig ({ $countdown })
claim-page-disputed-body = Sie müssen derzeit nichts tun; der Prüfer antwortet in den Kommentaren.
claim-page-withdrawn-title = Zurückgezogen
claim-page-withdrawn-body = Dieser Anspruch gilt nicht mehr für seine Produkte. Erstellen Sie einen neuen Anspruch, um diesen Kunden erneut zuzuordnen.
claim-page-held-title = Ein anderer Partner beansprucht jetzt die Produkte dieses Anspruchs
claim-page-held-body = Ihr Anspruch bleibt genehmigt, während Microsoft die Ausführungsnachweise beider Partner vergleicht (der neueste zählt). Prüfer fragen eventuell in den Kommentaren nach weiteren Informationen; am meisten hilft ein aktuelles, vom Kunden unterschriebenes oder bestätigtes Dokument, das das Produkt nennt und Ihre Arbeit beschreibt.
claim-page-arbitration-title = Dieser Anspruch ist in der Schlichtung
claim-page-changed-status = Status jetzt: { $status }
claim-page-changed-program = Partnerprogramm
claim-page-changed-customer = Kunde
claim-page-changed-area-role = Lösungsbereich oder Rolle
claim-page-changed-products = Produkte
claim-page-changed-name = Anspruchsname
claim-page-changed-contacts = Kontakte
claim-page-changed-other = weitere Angaben
claim-page-changed-list = { $list }, { $next }
claim-page-changed-one = geändert: { $what }
claim-page-changed-many = geändert: { $list } und { $last }

history-entry = { $who } { $action }
history-who-reviewer = Ein Microsoft-Prüfer
history-who-customer = Der Kunde
history-who-clock = Partner Center
history-who-partner = Der Partner
history-quoted = „{ $text }“
history-set = hat { $what } auf { $new } gesetzt
history-cleared = hat { $what } entfernt (vorher: { $old })
history-changed = hat { $what } von { $old } in { $new } geändert
history-set-also = { $what } auf { $new } gesetzt
history-cleared-also = { $what } entfernt (vorher: { $old })
history-changed-also = { $what } von { $old } in { $new } geändert
history-both = { $first } und { $second }
history-field-area = den Lösungsbereich
history-field-role = die Partnerrolle
history-field-program = die Partnerprogramm-ID
history-field-products = die Produkte
history-field-customer = den Kunden
history-customer-value = { $domain } (Mandant { $tenant })
history-contact-field = { $part } des { $contact }
history-contact-customer = Kundenkontakts
history-contact-technical = technischen Kundenkontakts
history-contact-partner = Partnerkontakts
history-part-name = den Namen
history-part-title = die Position
history-part-email = die E-Mail-Adresse
history-named = hat den Anspruch { $name } genannt
history-renamed = hat den Anspruch von { $old } in { $new } umbenannt
history-name-cleared = hat den Anspruchsnamen entfernt
history-revenue = hat die Angaben zur Umsatzzuordnung geändert
history-comment = hat den Kommentar für die Prüfer geändert
history-changed-field = hat { $field } geändert
history-submitted = hat den Anspruch eingereicht
history-resubmitted = hat den Anspruch mit einer Antwort erneut eingereicht
history-disputed = hat die Entscheidung angefochten
history-withdrew = hat den Anspruch zurückgezogen
history-started-review = hat die Prüfung begonnen
history-requested-information = hat weitere Informationen angefordert
history-approved = hat den Anspruch genehmigt
history-won-arbitration = hat den Anspruch in der Schlichtung genehmigt
history-lost-arbitration = hat den Anspruch abgelehnt: Der Anspruch eines anderen Partners hat die Schlichtung gewonnen
history-rejected = hat den Anspruch abgelehnt
history-declined = hat die Zuordnung abgelehnt
history-closed-no-answer = hat den Anspruch geschlossen: Innerhalb von 5 Werktagen kam keine Antwort
history-opt-out-ended = hat die Ablehnungsfrist des Kunden beendet: Der Anspruch ist berechtigt
history-moved = hat den Status des Anspruchs in „{ $status }“ geändert
history-status-changed = hat den Status des Anspruchs geändert
history-reason = Grund: { $reason }
history-created = hat den Anspruch als Entwurf begonnen
history-commented = hat kommentiert
history-file-added = hat einen Ausführungsnachweis hinzugefügt: { $file }
history-file-removed = hat einen Ausführungsnachweis entfernt: { $file }
history-reclaimed = hat einen neuen Entwurf zur erneuten Beanspruchung erstellt: { $claim }
history-note = hat eine Notiz hinzugefügt
history-gave-reason = hat einen Grund angegeben
history-empty = Für diesen Anspruch gibt es noch keine Einträge.

thread-partner = Partner
thread-reviewer = Microsoft-Prüfer
thread-notice = Hinweis
thread-empty = Noch keine Kommentare.
thread-pinned = Angeheftete Anfrage
thread-meta = { $side } · { $date }
thread-in-reply-to = · Antwort an { $author }
thread-reply = Antworten
thread-reply-label = { $author } antworten
thread-write-first = Schreiben Sie zuerst Ihren Kommentar.
thread-post-failed = Ihr Kommentar kann gerade nicht gesendet werden. Er bleibt hier erhalten; versuchen Sie es gleich erneut.
thread-your-reply = Ihre Antwort an { $author }
thread-add-comment = Kommentar hinzufügen
thread-post = Kommentar senden
thread-cancel-reply = Antwort verwerfen

claim-action-continue = Entwurf fortsetzen
claim-action-edit = Anspruch bearbeiten
claim-action-resubmit = Antworten und erneut einreichen
claim-action-dispute = Entscheidung anfechten
claim-action-withdraw = Zurückziehen
claim-action-reclaim = Mit dem neuen Abonnement erneut beanspruchen
claim-action-actions = Aktionen
claim-action-unavailable = Der Anspruchsdienst ist nicht erreichbar. Ihre Eingaben bleiben erhalten; versuchen Sie es gleich erneut.
claim-action-stale = Jemand anderes hat diesen Anspruch geändert, während Sie geschrieben haben ({ $what }). Die Seite zeigt jetzt den aktuellen Stand; Ihr Text bleibt erhalten. Prüfen Sie ihn, und senden Sie ihn erneut.
claim-action-stale-unknown = Dieser Anspruch wurde geändert, während Sie geschrieben haben. Ihr Text bleibt erhalten; laden Sie die Seite neu, um den aktuellen Stand zu sehen, und senden Sie ihn erneut.
claim-action-stale-title = Dieser Anspruch wurde geändert
claim-action-withdraw-reason-needed = Geben Sie an, warum Sie diesen Anspruch zurückziehen.
claim-action-add-proof = Ausführungsnachweis hinzufügen
claim-action-add-proof-hint = Dateien, die Sie hier hinzufügen, gehen mit den übrigen Nachweisen an die Prüfer.
claim-action-resubmit-heading = Anfrage beantworten und bis zum { $date } erneut einreichen
claim-action-resubmit-intro = Nehmen Sie die angefragten Änderungen mit „Anspruch bearbeiten“ vor, fügen Sie unten Nachweise hinzu, und reichen Sie den Anspruch erneut ein. Ohne Antwort bis zur Frist wird der Anspruch abgelehnt.
claim-action-resubmit-label = Ihre Antwort an den Prüfer (optional)
claim-action-resubmit-hint = Sie erscheint in den Kommentaren.
claim-action-resubmit-button = Anspruch erneut einreichen
claim-action-dispute-heading = Entscheidung bis zum { $date } anfechten
claim-action-dispute-intro = Begründen Sie, warum die Entscheidung geändert werden sollte, fügen Sie einen aktualisierten Ausführungsnachweis hinzu, oder tun Sie beides. Ein Prüfer antwortet innerhalb von 5 Werktagen.
claim-action-dispute-intro-reason = Der Anspruch wurde abgelehnt: { $reason }. Begründen Sie, warum die Entscheidung geändert werden sollte, fügen Sie einen aktualisierten Ausführungsnachweis hinzu, oder tun Sie beides. Ein Prüfer antwortet innerhalb von 5 Werktagen.
claim-action-dispute-label = Geschäftliche Begründung
claim-action-dispute-hint = Was der Prüfer erneut ansehen soll. Sie können das Feld leer lassen, wenn Sie unten einen aktualisierten Nachweis hinzufügen.
claim-action-dispute-button = Anfechtung senden
claim-action-withdraw-heading = Diesen Anspruch zurückziehen
claim-action-withdraw-intro = Der Anspruch gilt dann nicht mehr für seine Produkte bei diesem Kunden, und das lässt sich nicht rückgängig machen: Um den Kunden erneut zuzuordnen, erstellen Sie einen neuen Anspruch.
claim-action-withdraw-label = Warum ziehen Sie diesen Anspruch zurück?
claim-action-withdraw-hint = Die Prüfer und Ihre Kollegen sehen diesen Grund.
claim-action-withdraw-button = Anspruch zurückziehen
claim-action-cancel = Abbrechen
claim-action-subscription-for = Abonnement-ID für { $product }
claim-action-choose-subscription = Abonnement auswählen
claim-action-subscription = { $id } ({ $status })
claim-action-loading-products = Die Produkte des Kunden werden geladen…
claim-action-products-unavailable = Die Produkte des Kunden können gerade nicht geladen werden.
claim-action-edit-intro = Sie können Partnerprogramm-ID, Produkte und Kontakte ändern. Kunde, Lösungsbereich, Rolle und Anspruchsname sind nach dem Einreichen gesperrt.
claim-action-your-contact = Ihr Kontakt
claim-action-edit-comment = Kommentar für den Prüfer (optional)
claim-action-edit-comment-hint = Beschreiben Sie, was Sie geändert haben und warum; der Text erscheint in den Kommentaren.
claim-action-edit-proof-hint = Dateien werden dem Anspruch hinzugefügt, sobald sie hochgeladen sind.
claim-action-save = Änderungen speichern

review-no-files = Kein Ausführungsnachweis
review-files = { $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
}
review-files-latest = { $count ->
    [one] { $count } Datei, zuletzt hinzugefügt am { $date }
   *[other] { $count } Dateien, zuletzt hinzugefügt am { $date }
}
review-this-claim = Dieser Anspruch · { $id }
review-role = Rolle
review-proof = Nachweis
review-submitted = Eingereicht
review-arbitration-heading = Schlichtung: konkurrierende Ansprüche
review-arbitration-hint = Vergleichen Sie die Ausführungsnachweise der Partner; der neueste zählt. Wenn Sie diesen Anspruch genehmigen, werden die anderen abgelehnt.
review-arbitration-reason = Warum dieser Anspruch gewinnt (für die anderen Partner sichtbar)
review-arbitration-approve = Diesen Anspruch genehmigen und die anderen ablehnen
review-start-heading = Prüfung beginnen
review-start-body = Der Partner erfährt, dass die Prüfung begonnen hat; eine Entscheidung ist dann innerhalb von 5 Werktagen fällig.
review-start-button = Prüfung beginnen
review-approve = Genehmigen
review-approve-contested = Andere Partner beanspruchen dasselbe Produkt: Genehmigen Sie einen Anspruch in der Schlichtung; die anderen werden mit Ihrer Begründung abgelehnt.
review-approve-body = Der Ausführungsnachweis belegt die Arbeit des Partners. Der Kunde wird informiert und kann innerhalb von 7 Tagen ablehnen.
review-request = Informationen anfordern
review-request-hint = Der Partner hat 5 Werktage Zeit für eine Antwort; ohne Antwort wird der Anspruch abgelehnt.
review-request-comment = Was der Partner tun soll
review-reject = Ablehnen
review-reject-reason = Grund
review-reject-comment = Kommentar für den Partner
review-no-decision = { $status ->
    [editing] Keine Entscheidung offen: Der Anspruch ist in Bearbeitung.
    [submitted] Keine Entscheidung offen: Der Anspruch ist eingereicht.
    [under_review] Keine Entscheidung offen: Der Anspruch ist in Prüfung.
    [partner_action_required] Keine Entscheidung offen: Der Anspruch wartet auf den Partner.
    [approved] Keine Entscheidung offen: Der Anspruch ist genehmigt.
    [eligible] Keine Entscheidung offen: Der Anspruch ist berechtigt.
    [rejected] Keine Entscheidung offen: Der Anspruch ist abgelehnt.
    [disputed] Keine Entscheidung offen: Der Anspruch ist angefochten.
   *[withdrawn] Keine Entscheidung offen: Der Anspruch ist zurückgezogen.
}
review-started = Prüfung begonnen. Eine Entscheidung steht aus.
review-started-by = Prüfung begonnen. Eine Entscheidung ist bis zum { $date } fällig.
review-requested = Informationen angefordert.
review-requested-until = Informationen angefordert. Der Partner hat bis zum { $date } Zeit für eine Antwort.
review-approved = Genehmigt. Der Kunde wird informiert und kann innerhalb von 7 Tagen ablehnen.
review-rejected = Abgelehnt. Der Partner erfährt den Grund in den Kommentaren.
review-arbitration-won = { $count ->
    [one] Nach Schlichtung genehmigt. { $count } konkurrierender Anspruch wurde abgelehnt, und sein Partner hat den Grund erfahren.
   *[other] Nach Schlichtung genehmigt. { $count } konkurrierende Ansprüche wurden abgelehnt, und ihre Partner haben den Grund erfahren.
}
review-done = Erledigt.
review-unreachable = Der Anspruchsdienst ist gerade nicht erreichbar.
review-not-recorded = Die Aktion kann gerade nicht gespeichert werden. Versuchen Sie es gleich erneut.
review-caption = Prüfung · { $organisation }
review-due = Fällig
review-demo-opt-out = Demo: Der Link, mit dem der Kunde diese Zuordnung ablehnen kann:
review-decision = Entscheidung
review-on-time = Fristgerecht
review-due-today = Heute fällig
review-overdue = Überfällig
review-loading = Die Warteschlange wird geladen…
review-unavailable = Die Prüfwarteschlange kann gerade nicht geladen werden.
review-empty = Keine Ansprüche warten auf eine Prüfung.
review-count = { $count ->
    [one] { $count } wartender Anspruch
   *[other] { $count } wartende Ansprüche
}
review-sorted = früheste Fälligkeit zuerst
review-column-partner = Partner und Kunde
review-lede = Von Partnern eingereichte, angefochtene oder beantwortete Ansprüche, die auf eine Entscheidung warten.
## cpor-core: the rules' own sentences (domain, text, email, poe, program,
## date, subscription, status, transition, claim, role, area, access,
## clock, core). Labels read as labels; sentences end with a full stop.

domain-empty = Geben Sie die Domäne des Kunden ein.
domain-too-long = Die Eingabe hat { $length } Zeichen; eine Domäne darf höchstens { $max } haben.
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
domain-not-mappable = „{ $label }“ kann nicht Teil einer Domäne sein: Es enthält eine Kombination von Zeichen, die in Domänen nicht zulässig ist. Kopieren Sie die Domäne erneut aus den Angaben Ihres Kunden.

## Free text. `$noun` is what the answer is called (a `text-noun-…`
## message); `$name` a character's name (a `text-char-…` message).

text-empty = Füllen Sie das Feld „{ $noun }“ aus.
text-too-long = „{ $noun }“ darf höchstens { $max } Zeichen haben; die Eingabe hat { $length }.
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
claim-product-unknown = Dieses Produkt kann nicht beansprucht werden.

## Purchase channels, solution areas and partner roles.

role-channel-csp = Cloud Solution Provider (CSP)
role-channel-volume-licensing = Volumenlizenzvertrag
role-channel-web-direct = Web-Direct
area-business-applications = Business Applications
area-modern-work-and-security = Modern Work and Security
role-build-intent-advisor = Kaufabsicht – Berater
role-usage-recognition = Nutzungsanerkennung – ohne Incentives
role-influenced-revenue-recognition = Anerkennung beeinflusster Umsätze – ohne Incentives
role-use-or-consume = Nutzung oder Verbrauch
role-build-intent-advisor-description = Wählen Sie diese Rolle, wenn Sie den Kauf eines berechtigten Produkts durch den Kunden beeinflusst haben und Presales-Incentives beantragen möchten.
role-usage-recognition-description = Wählen Sie diese Rolle, wenn Sie die Einführung und Nutzung eines berechtigten Workloads beim Kunden vorantreiben und Nutzungs-Incentives beantragen möchten.
role-influenced-revenue-recognition-description = Wählen Sie diese Rolle, wenn Sie als Business Influencer die Wahl eines berechtigten Produkts durch den Kunden beeinflusst haben. Der Umsatz wird Ihnen zugeordnet; Incentives werden nicht gezahlt.
role-use-or-consume-description = Wählen Sie diese Rolle, wenn Sie die Einführung und Nutzung eines berechtigten Workloads beim Kunden vorantreiben und Nutzungs-Incentives, die Anrechnung auf Nutzungs- oder Kompetenzziele oder beides erhalten möchten.
role-closed-csp = Nicht verfügbar: Dieser Kunde hat über CSP gekauft. Rollen für Business Applications gelten nur für Käufe über einen Volumenlizenzvertrag oder Web-Direct; CSP-Zuordnungen sind ein anderes Programm.

## Who may use the claim flow. `access-roles-needed` names the three roles
## that may claim (`access-global-admin`, `-billing-admin`,
## `-incentives-admin`).

access-global-admin = Globaler Administrator
access-billing-admin = Abrechnungsadministrator
access-incentives-admin = Incentives-Administrator
access-partner-user = Partnerbenutzer
access-reviewer = Prüfer
access-roles-needed = Für Kundenzuordnungen benötigen Sie eine dieser Rollen: { $first }, { $second }, { $third }. Bitten Sie Ihren globalen Administrator, Ihnen eine davon zuzuweisen.

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
status-submitted = Eingereicht
status-under-review = In Prüfung
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

transition-not-your-action = { $who ->
    [partner] Das kann nur der Partner tun, der den Anspruch gestellt hat.
    [reviewer] Das kann nur ein Microsoft-Prüfer tun.
    [customer] Das kann nur der Kunde tun.
   *[clock] Das erledigt Partner Center selbst, wenn die Frist abläuft.
}
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
   *[opt_out_window_passed] Ablehnungsfrist beenden
}“ ist bei einem Anspruch im Status „{ $status ->
    [editing] In Bearbeitung
    [submitted] Eingereicht
    [under_review] In Prüfung
    [partner_action_required] Partneraktion erforderlich
    [approved] Genehmigt
    [eligible] Berechtigt
    [rejected] Abgelehnt
    [disputed] Angefochten
   *[withdrawn] Zurückgezogen
}“ nicht möglich.
transition-window-closed = Das war bis zum { $date } möglich.
transition-not-due-yet = Das ist erst ab dem { $date } fällig.
transition-not-disputable = Eine Ablehnung aus diesem Grund kann nicht angefochten werden: { $reason }.
transition-reason-required = Geben Sie einen Grund an.
transition-in-arbitration = Dieser Anspruch konkurriert mit dem Anspruch eines anderen Partners auf dasselbe Produkt und wird daher in der Schlichtung entschieden: Genehmigen Sie dort einen der konkurrierenden Ansprüche.
transition-request-poe-missing = Der Ausführungsnachweis fehlt
transition-request-poe-not-acknowledged = Dem Ausführungsnachweis fehlt die Bestätigung oder Unterschrift des Kunden
transition-request-poe-date = Im Ausführungsnachweis fehlen Datumsangaben, oder sie sind älter als 12 Monate
transition-request-poe-work = Der Ausführungsnachweis beschreibt Ihre Arbeit nicht
transition-request-poe-products = Der Ausführungsnachweis nennt die beanspruchten Produkte nicht
transition-request-other = Sonstiges (siehe Kommentar des Prüfers)
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
subscription-family-modern-work = Workload für Modern Work and Security
subscription-status-pending = Bereitstellung ausstehend
subscription-status-active = Aktiv
subscription-status-grace = In Kulanzfrist
subscription-status-expired = Abgelaufen
subscription-status-suspended = Angehalten
subscription-required = Der Kunde hat { $count } Abonnements dieses Produkts. Geben Sie die Abonnement-ID für diesen Anspruch ein.
subscription-product-not-on-tenant = Das ausgewählte Produkt ist im Mandanten des Kunden nicht vorhanden.
subscription-not-of-product = Dieses Abonnement gehört im Mandanten des Kunden nicht zum ausgewählten Produkt.
subscription-not-dynamics = Dieses Abonnement gilt nicht für ein Dynamics 365-Produkt.
subscription-csp = Dieses Abonnement wurde über CSP gekauft. CSP-Kundenzuordnungen sind ein anderes Programm.
subscription-not-provisioned = Der Kunde hat die Produkte dieses Abonnements noch nicht aktiviert bzw. bereitgestellt.
subscription-provisioned-recently = Dieses Abonnement wurde vor weniger als { $days } Tagen bereitgestellt. Sie können es ab dem { $date } beanspruchen.
subscription-expired-renewed = Dieses Abonnement ist abgelaufen; seine neue Abonnement-ID ist { $id }. Erstellen Sie einen neuen Anspruch mit der neuen ID.
subscription-expired = Dieses Abonnement ist abgelaufen. Abonnement-IDs ändern sich beim Ablauf: Erstellen Sie einen neuen Anspruch mit der neuen ID.
subscription-suspended = Dieses Abonnement ist angehalten oder deaktiviert und bringt daher keine Incentives.

## Proof of execution files. `poe-size-…`: a file's size, `$mb` a number
## of megabytes with one decimal (1.2), `$kb` a whole number of kilobytes;
## both written in the language's number format.

poe-missing = Fügen Sie mindestens ein Dokument als Ausführungsnachweis hinzu.
poe-size-mb = { $mb } MB
poe-size-kb = { $kb } KB
poe-name-missing = Die Datei hat keinen Namen.
poe-name-character = Der Dateiname darf { $char } nicht enthalten.
poe-no-extension = Der Dateiname hat keine Erweiterung, daher ist der Dateityp unbekannt.
poe-type-not-allowed = Eine .{ $extension }-Datei kann nicht als Ausführungsnachweis verwendet werden.
poe-empty = Die Datei ist leer.
poe-too-large = Die Datei ist { $size } groß; zulässig sind höchstens 25 MB.
poe-too-many = Ein Anspruch kann höchstens { $max } Dateien haben.
poe-content-mismatch = Die Datei ist trotz ihres Namens keine { $kind }-Datei.
poe-markup = Webseiten und Skripts können nicht als Ausführungsnachweis verwendet werden, unabhängig von ihrem Namen.

## The partner program ID.

program-empty = Wählen Sie die Partnerprogramm-ID für diesen Anspruch aus.
program-character = Eine Partnerprogramm-ID besteht nur aus Ziffern; sie darf { $char } nicht enthalten.
program-length = Eine Partnerprogramm-ID hat { $min } bis { $max } Ziffern; die Eingabe hat { $digits }.

## Arbitration: what helps a claim that competes with another partner's.

core-arbitration-evidence = Dieses Produkt ist bereits einem anderen Partner zugeordnet oder wird von ihm beansprucht. Prüfer vergleichen die Ausführungsnachweise beider Partner (der neueste zählt) und fordern ggf. von beiden weitere Informationen an. Hilfreich ist ein aktuelles, vom Kunden unterschriebenes oder bestätigtes Dokument aus den letzten 12 Monaten, das dieses Produkt nennt und Ihre Arbeit beschreibt.

## The server's refusals that a person reads: the `detail` of a problem
## the API sends, in the language the request's Accept-Language asks for.
## `$status` is a status's name (`status-…`), `$date` a date in words,
## `$noun` what an answer is called (`text-noun-…`), `$area` a solution
## area's name, `$refusal` a rule's sentence; `$fields` names parts of a
## claim (`server-field-…`), joined by `server-list`.

server-no-bearer-token = Melden Sie sich an, um fortzufahren: Die Anforderung enthält kein Bearer-Token.
server-sign-in-expired = Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.
server-sign-in-not-yet-valid = Ihre Anmeldung ist noch nicht gültig. Prüfen Sie die Uhr Ihres Geräts, und melden Sie sich dann erneut an.
server-sign-in-unchecked = Ihre Anmeldung kann gerade nicht geprüft werden. Versuchen Sie es in einer Minute erneut.
server-sign-in-other-application = Diese Anmeldung gilt für eine andere Anwendung. Melden Sie sich über Ihr Dashboard erneut an.
server-sign-in-lifetime = Das Anmeldetoken gibt eine zu lange Gültigkeitsdauer an. Melden Sie sich erneut an.
server-sign-in-invalid = Das Anmeldetoken ist ungültig. Melden Sie sich erneut an.
server-tenant-not-registered = Der Microsoft Entra-Mandant Ihrer Organisation ({ $tenant }) ist nicht für Kundenzuordnungen registriert. Bitten Sie Ihren globalen Administrator, ihn zu registrieren.
server-no-organisation = Ihre Anmeldung gibt nicht an, zu welcher Organisation Sie gehören. Melden Sie sich mit Ihrem Geschäftskonto an.
server-reviewers-do-not-claim = Prüfer bewerten Ansprüche, erstellen aber keine.
server-reviewers-only = Nur Microsoft-Prüfer können diese Aktion ausführen.
server-demo-no-user = Es gibt keinen Demobenutzer „{ $id }“.
server-demo-clock-step = Stellen Sie die Uhr um 1 bis 60 Tage vor.
server-demo-clock-limit = Die Demo-Uhr lässt sich höchstens { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} vorstellen; starten Sie den Server neu, um sie zurückzusetzen.
server-unknown-tenant = Es gibt keinen Kundenmandanten mit der ID { $tenant }.
server-domain-not-of-tenant = { $domain } gehört nicht zum Mandanten { $tenant }.
server-unknown-product = Das Produkt „{ $product }“ ist nicht im Katalog.
server-product-refused = { $product }: { $refusal }
server-product-not-in-area = { $product } ist kein Produkt aus „{ $area }“.
server-program-not-yours = { $program } ist keine der Partnerprogramm-IDs Ihres Unternehmens.
server-opt-out-link-invalid = Dieser Link ist ungültig. Prüfen Sie ihn in Ihrer E-Mail.
server-opt-out-closed = Diese Zuordnung kann nicht mehr abgelehnt werden: Das war bis zum { $date } möglich.
server-reply-to-unknown = Der beantwortete Kommentar gehört nicht zu diesem Anspruch.
server-files-closed = Einem Anspruch mit dem Status „{ $status }“ können keine Dateien hinzugefügt werden.
server-upload-unreadable = Die Datei konnte beim Empfang nicht gelesen werden. Fügen Sie sie erneut hinzu.
server-upload-broke-off = Der Upload wurde abgebrochen, bevor die ganze Datei angekommen ist. Fügen Sie sie erneut hinzu.
server-upload-status-changed = Der Status des Anspruchs hat sich während des Uploads geändert, daher wurde die Datei nicht hinzugefügt. Laden Sie den Anspruch neu.
server-file-not-found = Dieser Anspruch hat keine Datei { $file }.
server-files-kept = Nach dem Einreichen eines Anspruchs können keine Dateien mehr entfernt werden. Fügen Sie stattdessen eine neuere Datei mit einem Kommentar hinzu.
server-dispute-needs-grounds = Geben Sie eine geschäftliche Begründung für die Anfechtung an, oder fügen Sie einen aktualisierten Ausführungsnachweis hinzu.
server-nothing-to-reclaim = Keines der Abonnements dieses Anspruchs ist abgelaufen; es gibt also nichts erneut zu beanspruchen.
server-page-out-of-range = Seite { $page } bei { $size ->
    [one] { $size } Anspruch
   *[other] { $size } Ansprüchen
} pro Seite liegt hinter dem Ende jeder Liste.
server-claim-not-editable = Ein Anspruch mit dem Status „{ $status }“ kann nicht bearbeitet werden.
server-answers-locked = Diese Angaben können nach dem Einreichen nicht mehr geändert werden: { $fields }.
server-list = { $first }, { $rest }
server-field-partner-program-id = Partnerprogramm-ID
server-field-customer = Kunde
server-field-solution-area-and-role = Lösungsbereich und Rolle
server-field-products = Produkte
server-field-claim-name = Anspruchsname
server-field-contacts = Kontakte
server-field-revenue-details = Angaben zur Umsatzzuordnung
server-field-proof-of-execution = Ausführungsnachweis
server-only-drafts-deleted = Nur Entwürfe können gelöscht werden; dieser Anspruch hat den Status „{ $status }“. Ziehen Sie ihn stattdessen zurück.
server-already-claimed = Ihr Unternehmen hat für diesen Kunden bereits einen aktiven Anspruch auf dieses Produkt.
server-claimed-again = Ihr Unternehmen hat inzwischen einen weiteren Anspruch auf dieses Produkt gestellt. Fechten Sie stattdessen diesen an.
server-answers-before-submit = { $count ->
    [one] { $count } Angabe muss
   *[other] { $count } Angaben müssen
} noch korrigiert werden, bevor dieser Anspruch eingereicht werden kann.
server-answers-before-save = { $count ->
    [one] { $count } Angabe muss
   *[other] { $count } Angaben müssen
} noch korrigiert werden, bevor Ihre Änderungen gespeichert werden können.
server-text-missing = „{ $noun }“ fehlt: Schreiben Sie ein paar Worte dazu.
server-nothing-competes = Kein anderer Anspruch konkurriert mit diesem.
server-too-many-changes = Zu viele Änderungen auf einmal. Versuchen Sie es in { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} erneut.
server-claim-not-found = Es gibt keinen Anspruch { $id }.
server-claim-stale = Anspruch { $id } wurde geändert, seit Sie ihn geöffnet haben; seine aktuelle Version ist { $version }.
