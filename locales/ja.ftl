# cpor-claims: every text the product shows, in Japanese (translated from
# the reference catalogue, en.ftl; phrased for Japanese readers, not word
# for word). Project Fluent syntax: https://projectfluent.org/
# Ids: `field-…` the claim's answers, `error-…` one per API error code
# (`.fix`: what the partner can do), `guid-…` identifiers' rules, `char-…`
# how a character is named in a message.
# Style: Microsoft's Japanese style (half-width space between half-width
# and full-width text, and between katakana words: テナント ID,
# パートナー プログラム ID); UI labels and status names in [ ]; です/ます
# form; half-width parentheses with a space outside them, as in
# (省略可能); a date in words (2026年11月29日) takes its particle without a
# space (2026年11月29日まで); a character a rule refuses comes after a
# colon (次の文字を使用できません: 「#」).
# Terms: 申請 (claim). Partner Center's Japanese documentation for CPOR
# mostly writes 要求 (CPOR 要求) but also 申請 (協力申請 for co-op claims),
# and uses 要求 for the customer's association request as well; 申請 is the
# word a Japanese reader expects for something submitted for approval, and
# keeps "request" (依頼, 要求) free for what reviewers ask, so 申請, 再申請
# and 申請名 throughout. The documentation's own words otherwise: 顧客の関連付け
# (customer association), テナント, サブスクリプション, パートナー プログラム
# ID, ソリューション領域, 実行証明 (proof of execution), インセンティブ,
# グローバル管理者, 課金管理者, インセンティブ管理者. One word for each act
# and thing: 送信 (submit), レビュー and レビュー担当者 (review, reviewer; not
# 審査), 異議申し立て (dispute), 取り下げ (withdraw), 下書き (draft), 仲裁
# (arbitration), 拒否期間 (the customer's opt-out window), 適格 (the status
# Eligible), 顧客の連絡先担当者, 顧客の技術担当者, 自社の連絡先担当者 (the
# contacts), ドキュメント (document). お客様 is not used: 顧客 is the
# partner's customer, and the partner is addressed without a pronoun.
# Japanese has only the plural category `other`: counts need no select.

## The answers of a claim, as their fields are labelled.

field-partner_program_id = パートナー プログラム ID
field-tenant_id = 顧客テナント ID
field-domain = 顧客ドメイン
field-subscription_id = サブスクリプション ID
field-products = 製品
field-proof_of_execution = 実行証明

## How a character is named in a message.

char-visible = 「{ $char }」
char-invisible = 不可視文字 (U+{ $code })

## An identifier that is a GUID: the customer's tenant ID or a
## subscription ID. `$id` says which: `tenant` or `subscription`.

guid-empty = { $id ->
    [tenant] 顧客のテナント ID を入力してください。
   *[subscription] サブスクリプション ID を入力してください。
}
guid-too-long = { $id ->
    [tenant] テナント ID としては長すぎます。テナント ID は 16 進数 32 桁です。
   *[subscription] サブスクリプション ID としては長すぎます。サブスクリプション ID は 16 進数 32 桁です。
}
guid-looks-like-domain = { $id ->
    [tenant] テナント ID ではなく、ドメインかメール アドレスのようです。
   *[subscription] サブスクリプション ID ではなく、ドメインかメール アドレスのようです。
}
guid-character = { $id ->
    [tenant] テナント ID には次の文字を使用できません: { $char }。使用できるのは数字 0 ～ 9、英字 a ～ f、ハイフンのみです。
   *[subscription] サブスクリプション ID には次の文字を使用できません: { $char }。使用できるのは数字 0 ～ 9、英字 a ～ f、ハイフンのみです。
}
guid-length = { $id ->
    [tenant] テナント ID は 16 進数 32 桁ですが、入力された値は { $digits } 桁です。
   *[subscription] サブスクリプション ID は 16 進数 32 桁ですが、入力された値は { $digits } 桁です。
}
guid-layout = { $id ->
    [tenant] ハイフンの位置が正しくありません。テナント ID は { $example } のように 8-4-4-4-12 で区切られます。
   *[subscription] ハイフンの位置が正しくありません。サブスクリプション ID は { $example } のように 8-4-4-4-12 で区切られます。
}
guid-nil = { $id ->
    [tenant] すべてゼロの値はプレースホルダーで、実際のテナント ID ではありません。
   *[subscription] すべてゼロの値はプレースホルダーで、実際のサブスクリプション ID ではありません。
}

## Errors: one message per error code (the API's stable `code`): its
## title, and `.fix`, what the partner can do about it.

-fix-tenant = 顧客の Microsoft Entra 管理センター ([概要] > [テナント ID]) からテナント ID をコピーするか、顧客に問い合わせてください。
-fix-domain = 顧客がサインインに使用するドメインを入力してください。例: contoso.onmicrosoft.com、または顧客が検証済みのカスタム ドメイン (Microsoft 365 管理センターの [設定] > [ドメイン])。
-fix-program = 一覧から自社のパートナー プログラム ID を選択してください。
-fix-subscription = 顧客の Microsoft 365 管理センター ([課金情報] > [お使いの製品]) からサブスクリプション ID をコピーするか、顧客に問い合わせてください。
-fix-subscription-check = サブスクリプションが正しいこと、および正しいテナント ID を使用していることを顧客と確認してください。
-fix-poe = PDF、Office ドキュメント、Outlook メッセージ、CSV、RTF、XPS、または画像 (PNG、JPG、GIF、BMP、TIFF) で、25 MB 以下のファイルをアップロードしてください。

error-tenant_id_empty = 顧客のテナント ID を入力してください。
    .fix = { -fix-tenant }
error-tenant_id_length = テナント ID の桁数が正しくありません。
    .fix = { -fix-tenant }
error-tenant_id_character = テナント ID に使用できない文字が含まれています。
    .fix = { -fix-tenant }
error-tenant_id_layout = テナント ID のハイフンの位置が正しくありません。
    .fix = { -fix-tenant }
error-tenant_id_nil = テナント ID がプレースホルダーの値です。
    .fix = { -fix-tenant }
error-tenant_id_looks_like_domain = これはテナント ID ではなく、ドメインです。
    .fix = ドメインは [顧客ドメイン] に入力し、ここにはテナント ID (GUID) を入力してください。
error-domain_empty = 顧客のドメインを入力してください。
    .fix = { -fix-domain }
error-domain_too_long = ドメインが長すぎます。
    .fix = { -fix-domain }
error-domain_looks_like_email = これはドメインではなく、メール アドレスです。
    .fix = @ より後の部分だけを残してください。
error-domain_looks_like_tenant_id = これはドメインではなく、テナント ID です。
    .fix = テナント ID は [顧客テナント ID] に入力し、ここには顧客のドメインを入力してください。
error-domain_has_path = Web アドレスではなく、ドメインだけを入力してください。
    .fix = ドメインの後ろにある最初のスラッシュから後をすべて削除してください。
error-domain_has_port = ポート番号を付けずにドメインを入力してください。
    .fix = コロンとその後の数字を削除してください。
error-domain_incomplete = ドメインが不完全です。
    .fix = { -fix-domain }
error-domain_empty_label = ドメインのドットとドットの間が空になっています。
    .fix = 余分なドットを削除してください。
error-domain_label_too_long = ドメインの一部が長すぎます。
    .fix = { -fix-domain }
error-domain_character = ドメインに使用できない文字が含まれています。
    .fix = { -fix-domain }
error-domain_hyphen = ドメインの一部がハイフンで始まっているか、ハイフンで終わっています。
    .fix = { -fix-domain }
error-domain_ip_address = これはドメインではなく、IP アドレスです。
    .fix = { -fix-domain }
error-domain_top_level = ドメインの末尾が無効です。
    .fix = { -fix-domain }
error-domain_punycode = ドメインの国際化された部分が壊れています。
    .fix = 顧客からドメインをもう一度受け取ってコピーするか、アクセント付き文字などの元の文字のまま入力してください。
error-program_id_empty = パートナー プログラム ID を選択してください。
    .fix = { -fix-program }
error-program_id_character = パートナー プログラム ID は数字のみで構成されます。
    .fix = { -fix-program }
error-program_id_length = パートナー プログラム ID の桁数が正しくありません。
    .fix = { -fix-program }
error-domain_tenant_mismatch = 顧客ドメインとテナント ID が一致しません。
    .fix = テナント ID とドメインの両方を顧客に確認し、誤っている方を修正してください。
error-unknown_tenant = この ID の顧客テナントが見つかりません。
    .fix = テナント ID を顧客に確認してください。正しいと確認できた場合は、サポートにお問い合わせください。
error-unknown_product = この製品は申請の対象外です。
    .fix = 一覧から顧客の製品を選択してください。
error-unknown_solution_area = ソリューション領域を選択してください。
    .fix = ソリューション領域として [Business Applications] または [Modern Work and Security] を選択してください。
error-role_not_chosen = パートナー ロールを選択してください。
    .fix = 各ロールの説明を読み、自社の作業に合ったロールを選択してください。
error-role_not_in_area = このロールは別のソリューション領域のものです。
    .fix = このソリューション領域に表示されているロールから選択してください。
error-products_missing = 製品を 1 つ以上選択してください。
    .fix = 作業の対象となった製品を選択してください。
error-product_repeated = この製品が申請に 2 回含まれています。
    .fix = 各製品は 1 回だけ指定してください。1 件の申請の対象は、製品ごとに 1 つのサブスクリプションです。
error-subscription_required = この申請の対象となるサブスクリプション ID を入力してください。
    .fix = 作業の対象がどのサブスクリプションかを顧客に確認してください。ID は Microsoft 365 管理センターの [課金情報] > [お使いの製品] で確認できます。
error-subscription_id_empty = サブスクリプション ID を入力してください。
    .fix = { -fix-subscription }
error-subscription_id_malformed = これはサブスクリプション ID ではありません。
    .fix = { -fix-subscription }
error-product_not_on_tenant = 選択した製品は顧客のテナントに存在しません。
    .fix = { -fix-subscription-check }
error-subscription_not_dynamics = このサブスクリプションは Dynamics 365 のものではありません。
    .fix = { -fix-subscription-check }
error-subscription_csp = このサブスクリプションは CSP 経由で購入されています。
    .fix = CSP での購入は、CPOR 申請ではなく CSP プログラムを通じて関連付けられます。チャネルが誤っていると思われる場合は、サポートにお問い合わせください。
error-subscription_not_provisioned = 顧客はまだこのサブスクリプションをプロビジョニングしていません。
    .fix = サブスクリプションの製品をアクティブ化 (プロビジョニング) するよう顧客に依頼してください。その後、申請できるようになるまで最大 7 日かかることがあります。
error-subscription_provisioned_recently = このサブスクリプションはまだ申請できません。
    .fix = 問題はありません。表示された日付以降に申請できるようになります。
error-subscription_expired = このサブスクリプションは有効期限が切れています。
    .fix = 引き続きインセンティブを獲得するには、新しいサブスクリプション ID で新しい申請を作成してください。
error-subscription_suspended = このサブスクリプションは中断されているか、無効になっています。
    .fix = 顧客に再アクティブ化を依頼してから、もう一度申請してください。
error-text_empty = この回答が入力されていません。
    .fix = 入力してください。
error-text_too_long = この回答は長すぎます。
    .fix = 短くしてください。
error-text_character = この回答に使用できない文字が含まれています。
    .fix = 貼り付けずに、入力し直してください。
error-text_bidi_control = このテキストに、見えない方向制御文字が含まれています。
    .fix = その文字を削除するか、貼り付けずにテキストを入力し直してください。
error-text_invisible_character = このテキストに不可視文字が含まれています。
    .fix = その文字を削除するか、貼り付けずにテキストを入力し直してください。
error-text_no_letter = この回答には文字を含める必要があります。
    .fix = 数字や記号だけでなく、文字で名前を入力してください。
error-email_invalid = これはメール アドレスではありません。
    .fix = name@contoso.com のような形式で入力してください。
error-poe_missing = 実行証明を追加してください。
    .fix = この顧客に対する作業を示すドキュメントを 1 つ以上アップロードしてください。ドキュメントには、顧客の署名または承認、過去 12 か月以内の日付、テナントと各製品の記載が必要です。
error-poe_file_name = このファイル名は使用できません。
    .fix = ファイル名を変更 (英字、数字、.pdf などの拡張子) してから、もう一度追加してください。
error-poe_file_type = この種類のファイルは使用できません。
    .fix = { -fix-poe }
error-poe_file_empty = ファイルが空です。
    .fix = 正しいファイルを選択したか確認してから、もう一度追加してください。
error-poe_file_too_large = ファイルが 25 MB を超えています。
    .fix = 圧縮するか、複数のファイルに分割してください。
error-poe_too_many_files = 1 件の申請に追加できるファイルは 10 個までです。
    .fix = ファイルを削除するか、複数のファイルを 1 つの PDF にまとめてください。
error-poe_file_content = ファイルの内容がファイルの種類と一致しません。
    .fix = { -fix-poe }
error-action_not_allowed = この操作は実行できません。
    .fix = この操作を実行できるのは、申請を作成したパートナーか、レビュー担当者のみです。
error-wrong_status = 申請の現在の状態では、この操作はできません。
    .fix = 申請を再読み込みして、状態と現在できる操作を確認してください。
error-window_closed = この操作の期限が過ぎています。
    .fix = 代わりに新しい申請を作成してください。
error-not_disputable = この却下には異議を申し立てできません。
    .fix = 状況が変わった場合は、新しい申請を作成してください。
error-reason_required = 理由を入力してください。
    .fix = 理由を簡潔に記入してください。
error-unauthenticated = サインインしていません。
    .fix = もう一度サインインしてください。入力した内容は失われません。
error-tenant_not_registered = 自社の組織が顧客の関連付けに登録されていません。
    .fix = 自社の Microsoft Entra テナントを顧客の関連付けに登録するよう、グローバル管理者に依頼してください。
error-role_required = この操作を実行できるロールがありません。
    .fix = グローバル管理者、課金管理者、インセンティブ管理者のいずれかのロールを割り当てるよう、グローバル管理者に依頼してください。
error-claim_incomplete = 未入力の回答か、修正が必要な回答があります。
    .fix = 表示された各回答を修正してから、もう一度送信してください。
error-program_not_in_organisation = このパートナー プログラムは自社のものではありません。
    .fix = 一覧から自社のパートナー プログラム ID を選択してください。
error-role_closed = このパートナー ロールはこの顧客には適用されません。
    .fix = 顧客の製品の購入方法に対して選択できるロールを選んでください。
error-already_claimed = この顧客のこの製品については、既に申請があります。
    .fix = 新しい申請を作成せず、既存の申請を開いてください。
error-reclaim_not_needed = この申請のサブスクリプションは、どれも期限切れになっていません。
    .fix = 再申請が必要なのは、サブスクリプションの期限が切れ、新しい ID で更新された場合だけです。
error-field_locked = この回答はもう変更できません。
    .fix = 送信後に変更できるのは、パートナー プログラム ID、製品、連絡先、実行証明だけです。
error-claim_not_found = この申請は存在しません。
    .fix = リンクを確認するか、顧客の関連付けから申請を探してください。
error-stale_claim = この申請は、開いた後に変更されています。
    .fix = 再読み込みして変更内容を確認し、もう一度変更を行ってください。
error-precondition_required = リクエストには、変更するバージョンの指定が必要です。
    .fix = 申請の ETag を If-Match で送信してください。
error-idempotency_key_required = リクエストに Idempotency-Key が必要です。
    .fix = 新しいリクエストごとに一意の Idempotency-Key ヘッダーを送信し、再試行時には同じ値を送信してください。
error-idempotency_key_reused = この Idempotency-Key は別のリクエストで使用されています。
    .fix = 新しいリクエストには新しい Idempotency-Key を使用してください。
error-request_in_flight = このリクエストはまだ処理中です。
    .fix = しばらく待ってから、同じ Idempotency-Key で再試行してください。
error-malformed_request = リクエストを読み取れませんでした。
    .fix = ページを再読み込みして、もう一度お試しください。
error-unsupported_media_type = リクエストは JSON である必要があります。
    .fix = 本文を application/json として送信してください。
error-payload_too_large = リクエストが大きすぎます。
    .fix = 1 回のリクエストで送信するデータを減らしてください。
error-too_many_requests = 変更の送信が速すぎて、処理が追いついていません。
    .fix = 数秒待ってから、もう一度お試しください。入力した内容は失われません。
error-request_timeout = リクエストに時間がかかりすぎました。
    .fix = 接続を確認してから、もう一度お試しください。入力した内容は失われません。
error-page_out_of_range = 一覧のこのページは存在しません。
    .fix = 最初のページに戻ってください。
error-in_arbitration = この申請は、別のパートナーの申請と競合しています。
    .fix = 仲裁で決定してください。仲裁画面で、競合する申請の実行証明を比較し、いずれか 1 つを承認します。
error-not_found = このアドレスにはページがありません。
    .fix = アドレスを確認するか、最初の画面に戻ってください。
error-method_not_allowed = ここではこの操作は許可されていません。
    .fix = 最初の画面に戻って、もう一度お試しください。
error-internal_error = サービス側で問題が発生しました。
    .fix = 入力した内容は失われません。1 分ほど待ってから、もう一度お試しください。問題が続く場合は、サポートにお問い合わせください。
error-service_unavailable = 現在、サービスが応答できません。
    .fix = 入力した内容は失われません。1 分ほど待ってから、もう一度お試しください。問題が続く場合は、サポートにお問い合わせください。

## The app's frame: signing in, page titles it decides, the language
## picker, parts that did not download, the failure notice.

app-signing-in = サインインしています…
app-loading = 読み込んでいます…
app-unreachable = 現在、申請サービスに接続できません。入力した内容は失われません。
app-title-reviewers-only = レビューは Microsoft のレビュー担当者が行います
app-title-roles-needed = 別のロールが必要です
app-document-title = { $page } – 顧客の関連付け
app-language = 言語
standalone-crumbs = インセンティブ › 顧客の関連付け
app-step-missing = このステップをダウンロードできませんでした。接続を確認してから、もう一度お試しください。入力した内容は失われません。
app-form-missing = このフォームをダウンロードできませんでした。接続を確認してから、もう一度お試しください。入力した内容は失われません。
app-crash-title = 顧客の関連付けが停止しました
app-crash-body = 問題が発生しました。申請に入力した内容はこのデバイスに保存されています。再読み込みすると、中断したところから続けられます。
app-crash-reload = 顧客の関連付けを再読み込み
## The claim flow: its pages (new claim, steps, drafts, confirmation)
## and their parts (components).

flow-page-title = { $step } – 新しい顧客の関連付け
flow-caption = 新しい顧客の関連付け
flow-breadcrumb = 階層リンク
flow-back-to-list = 顧客の関連付け
flow-submitted = 申請を送信しました
flow-saving = 保存しています…
flow-saved-offline = このデバイスに保存しました。サービスに接続できるようになったら、アカウントに保存します。
flow-saved-at = { $time } に保存しました
flow-try-again = もう一度試す
flow-next = 次へ
flow-submit = 申請を送信
flow-back = 戻る

component-retry = 再試行
component-demo-user = デモ ユーザー
component-demo-user-option = { $name } ({ $role })
component-error-summary-title = 問題があります
component-field-error = エラー:
component-field-optional = (省略可能)
component-field-support = サポートに問い合わせる (新しいタブで開きます)
component-file-drop-text = ここにファイルをドラッグするか、
component-file-drop-browse = ファイルを参照
component-upload-unavailable = 現在、このファイルをアップロードできません。ファイルの問題ではありません。
component-upload-done = { $file } をアップロードしました。
component-upload-problem = { $file }: { $message }
component-upload-list = 送信中のファイル
component-upload-progress = { $file } をアップロードしています
component-upload-percent = { $percent }%
component-upload-dismiss = 閉じる
component-program-loading = パートナー プログラムを読み込んでいます…
component-program-unavailable = 現在、パートナー プログラムを読み込めません。お使いの環境の問題ではありません。
component-program-enrolled = インセンティブに登録済み
component-program-not-enrolled = インセンティブに未登録
component-program-meta = パートナー プログラム ID { $id } · { $country }
component-program-hint = この作業を申請する、自社の拠点またはプログラムです。どれを選べばよいかわからない場合は、グローバル管理者に確認してください。
component-program-not-enrolled-title = { $program } はインセンティブ プログラムに登録されていません
component-program-not-enrolled-text = このプログラムで申請することはできますが、登録されるまでは、この申請でこのプログラムを通じたインセンティブは得られません。
component-program-enrolment-link = インセンティブの概要で登録を管理する (新しいタブで開きます)
component-status = 状態:
component-arbitration = 仲裁
component-stepper = ステップ { $step }/{ $total }

step-customer-title = パートナーと顧客
step-customer-tenant-hint = ディレクトリ ID とも呼ばれます。3f2504e0-4f89-41d3-9a0c-0305e82c3301 のような形式です。中かっこ、スペース、大文字が含まれていてもかまいません。
step-customer-domain-hint = 例: contoso.onmicrosoft.com、または顧客が検証済みのカスタム ドメイン。
step-customer-checking = 顧客を確認しています…
step-customer-confirmed = 確認済み: { $domain } は { $customer } のドメインです。
step-customer-unavailable = 現在、顧客を確認できません。入力内容の問題ではありません。

step-role-title = ソリューション領域とロール
step-role-area = ソリューション領域
step-role-area-hint = Business Applications は Dynamics 365、Modern Work and Security は Microsoft 365、Teams、Defender などです。
step-role-role = パートナー ロール
step-role-help = どのロールを選べばよいですか？
step-role-help-choose = この顧客のために行った作業に合うロールを選択してください。ロールを誤ると、適格性やインセンティブを得られなかったり、後で新しい申請が必要になったりすることがあります。
step-role-help-csp = Business Applications のロールは、顧客がボリューム ライセンス契約または Web-Direct で購入した場合にのみ適用されます。CSP で購入した顧客には、代わりに CSP の顧客の関連付けを使用してください。
step-role-loading = この顧客のロールを読み込んでいます…
step-role-unavailable = 現在、この顧客のロールと製品を読み込めません。入力内容の問題ではありません。
step-role-area-closed = { $customer } は { $area } を CSP で購入しているため、ここではどのパートナー ロールも申請できません。別のソリューション領域を選択するか、CSP プログラムでこの顧客を関連付けてください。
step-role-area-closed-unknown = この顧客は { $area } を CSP で購入しているため、ここではどのパートナー ロールも申請できません。別のソリューション領域を選択するか、CSP プログラムでこの顧客を関連付けてください。
step-role-closed-title = { $area } のロールは { $customer } には適用できません
step-role-closed-title-unknown = { $area } のロールはこの顧客には適用できません
step-role-closed-text = { $customer } は { $area } を CSP で購入しています。これらのロールは、ボリューム ライセンス契約または Web-Direct による購入にのみ適用されます。CSP での購入は、ここでの申請ではなく、CSP プログラムで関連付けられます。
step-role-closed-text-unknown = この顧客は { $area } を CSP で購入しています。これらのロールは、ボリューム ライセンス契約または Web-Direct による購入にのみ適用されます。CSP での購入は、ここでの申請ではなく、CSP プログラムで関連付けられます。
step-role-closed-advice = 作業の対象が Microsoft 365、Teams、Defender の場合は、上で [Modern Work and Security] を選択してください。それ以外の場合は、パートナー センターの CSP でこの顧客を関連付けてください。

step-products-title = 製品
step-products-hint = 作業の対象となった、顧客のテナントの製品です。選択すると、それぞれ確認されます。
step-products-loading = 顧客の製品を読み込んでいます…
step-products-list-unavailable = 現在、この顧客の製品を読み込めません。入力内容の問題ではありません。
step-products-none = この顧客のテナントには、このソリューション領域の製品がありません。前に戻ってもう一方のソリューション領域を選択するか、顧客とテナント ID を確認してください。
step-products-meta = { $family } · テナントのサブスクリプション { $count } 件
step-products-held-elsewhere = 別のパートナーが保持または申請しています
step-products-subscription-hint = 顧客はこの製品のサブスクリプションを複数持っています。この申請の対象となるサブスクリプションの ID を入力してください。顧客の Microsoft 365 管理センター ([課金情報] > [お使いの製品]) で確認できます。
step-products-checking = 確認しています…
step-products-claimable = 申請できます。
step-products-claimable-subscription = 申請できます (サブスクリプション { $subscription })。
step-products-arbitration-title = この申請は仲裁に回されます
step-products-arbitration-text = Microsoft は 5 営業日以内にレビューを開始しますが、両方のパートナーの意見を聞く間、申請が [レビュー中] の状態のままになる期間が長くなることがあります。申請のコメントでお知らせします。
step-products-unavailable = 現在、この製品を確認できません。入力内容の問題ではありません。
step-products-already-claimed = この顧客の { $product } については、自社の有効な申請が既にあります。
step-products-claimable-from = { $product } は { $date }から申請できます。
step-products-claimable-from-fix = { $reason } この製品なしで進める場合は選択を解除してください。または、この下書きを保存しておき、その日以降に送信してください。
step-products-gone = { $product } は顧客のテナントにもうありません。選択を解除してください。
step-products-existing-claim = 既存の申請「{ $claim }」を開く
step-products-announce-claimable = { $product } は申請できます。
step-products-announce-arbitration = { $product } は申請できますが、別のパートナーが保持または申請しているため、申請は仲裁に回されます。
step-products-announce-problem = { $product }: { $message }

step-details-title = 申請の詳細と連絡先
step-details-claim-name = 申請名
step-details-claim-name-hint = 後でこの申請を見つけやすい名前を付けます。例: 「Contoso – Dynamics 365 Sales の導入」
step-details-full-name = 氏名
step-details-job-title = 役職
step-details-email = メール アドレス
step-details-seller = Dynamics ソリューション販売担当者の名前
step-details-seller-hint = この商談を担当した Microsoft の販売担当者です。
step-details-customer-name = 顧客名
step-details-customer-name-hint = 契約書に記載されている顧客の組織名です。
step-details-isv = ISV の製品またはソリューションの名前
step-details-customer-contact = 顧客の連絡先担当者
step-details-customer-contact-hint = 作業内容を確認できる、顧客側の担当者です。
step-details-technical-contact = 顧客の技術担当者
step-details-technical-contact-hint = Dynamics 365 の場合: 顧客側でこの製品を技術的に担当する人です。
step-details-your-contact = 自社の連絡先担当者
step-details-your-contact-hint = この申請についてレビュー担当者が連絡できる、自社の担当者です。
step-details-revenue = 収益の関連付け
step-details-revenue-hint = Influenced Revenue recognition のロールでは、収益が自社に関連付けられます。これらの情報で取引を特定します。
step-details-prefilled = 申請「{ $claim }」から顧客の連絡先担当者を入力しました。現在も正しいか確認してください。

step-evidence-title = 実行証明
step-evidence-checklist = レビュー担当者が確認する点
step-evidence-check-acknowledgement = 顧客の承認または署名
step-evidence-check-date = 過去 12 か月以内の日付
step-evidence-check-tenant = 顧客のテナント ID とドメイン
step-evidence-check-products = 申請する各製品の名前
step-evidence-check-work = 顧客のために行った作業の説明
step-evidence-template = テンプレートをダウンロード
step-evidence-template-format = (RTF、Word で開きます)
step-evidence-documents = ドキュメント
step-evidence-hint = PDF、Office ドキュメント、Outlook メッセージ、CSV、RTF、XPS、または画像。1 ファイルあたり 25 MB まで、1 件の申請につき { $max } ファイルまでです。
step-evidence-files = ファイル
step-evidence-remove = 削除
step-evidence-remove-file = { $file } を削除
step-evidence-removed = { $file } を削除しました。
step-evidence-remove-failed = 現在、{ $file } を削除できません。もう一度お試しください。
step-evidence-comment = レビュー担当者へのコメント
step-evidence-comment-hint = ドキュメントを読むうえで役立つ情報を入力してください。

step-answers-title = 回答の確認
step-answers-change = 変更
step-answers-change-customer = パートナーと顧客
step-answers-change-role = ソリューション領域とロール
step-answers-change-products = 製品
step-answers-change-details = 申請の詳細と連絡先
step-answers-change-evidence = 実行証明
step-answers-program = { $program } ({ $id })
step-answers-product = 製品
step-answers-product-subscription = { $product }、サブスクリプション { $subscription }
step-answers-seller = Dynamics ソリューション販売担当者
step-answers-isv = ISV の製品またはソリューション
step-answers-file = ファイル
step-answers-file-size = { $file } ({ $size })
step-answers-comment = コメント
step-answers-before = 送信する前に
step-answers-before-notified = この関連付けは顧客に通知されます。Microsoft が承認すると顧客の連絡先担当者に通知され、顧客は 7 日以内であれば関連付けを拒否できます。
step-answers-before-review = Microsoft は 5 営業日以内にレビューを開始します。追加の情報が必要な場合は、申請のコメントでお尋ねします。
step-answers-sending = 申請を送信しています…
step-answers-retrying = サービスに接続できませんでした。申請は保存されています。{ $seconds } 秒後に再試行します…
step-answers-offline = 保存しましたが、まだ送信されていません。オフラインのため、オンラインに戻りしだい申請を送信します。
step-answers-failed = 保存しましたが、まだ送信されていません。サービスに接続できませんでした。入力内容は失われていません。しばらくしてから、もう一度お試しください。

drafts-count = 下書き ({ $count })
drafts-title-for = { $domain } の下書き
drafts-title-no-customer = 顧客未設定の下書き
drafts-step = ステップ { $step }/{ $total }: { $name }
drafts-changed-just-now = たった今変更
drafts-changed-minutes = { $count } 分前に変更
drafts-changed-hours = { $count } 時間前に変更
drafts-changed-yesterday = 昨日変更
drafts-changed-days = { $count } 日前に変更
drafts-changed-on = { $date }に変更
drafts-continue = 続行
drafts-continue-draft = { $draft } を続行
drafts-delete = 削除
drafts-delete-draft = { $draft } を削除
drafts-delete-group = { $draft } を削除しますか？
drafts-delete-question = この下書きを削除しますか？回答とファイルが削除され、元に戻すことはできません。
drafts-delete-for-good = { $draft } を完全に削除
drafts-delete-confirm = 下書きを削除
drafts-keep = 削除しない
drafts-deleted = 「{ $draft }」を削除しました。
drafts-delete-refused = 「{ $draft }」を削除できませんでした: { $reason }
drafts-delete-failed = 現在、「{ $draft }」を削除できません。下書きには残っています。しばらくしてからもう一度お試しください。
drafts-kept = 別の申請を開始すると、画面上の申請は下書きに保存されます。
drafts-start-new = 新しい申請を開始

confirmation-title = 申請を Microsoft に送信しました
confirmation-claim-id = 申請 ID
confirmation-go-to-claim = 申請「{ $claim }」に移動
confirmation-go-to-claim-for = すると、レビューの状況の確認、証明の追加、レビュー担当者への返信ができます。
confirmation-arbitration-title = この申請は仲裁中です
confirmation-arbitration-text = Microsoft が両方のパートナーの意見を聞く間、[レビュー中] の期間が 5 営業日より長くなることがあります。申請のコメントでお知らせします。
confirmation-next = 今後の流れ
confirmation-review-by = Microsoft は { $days } 営業日以内 ({ $date }まで) にレビューを開始します。
confirmation-review = Microsoft は { $days } 営業日以内にレビューを開始します。
confirmation-more-needed = レビュー担当者が追加の情報を必要とする場合は、申請の状態が [パートナーの対応が必要] になり、コメントで依頼があります。その場合は 5 営業日以内に回答してください。
confirmation-approved = 承認されると顧客に通知され、顧客は 7 日以内であれば関連付けを拒否できます。その後、申請は [適格] になります。
confirmation-start-another = 別の申請を開始
## The app's pages outside the claim flow: page titles (`page-`), the
## associations list (`list-`), its CSV export (`export-`), the compact
## recent list (`recent-`), the access notices (`access-page-`), a
## claim's page (`claim-page-`), its history (`history-`) and comments
## (`thread-`), the partner's actions on it (`claim-action-`) and the
## reviewers' pages (`review-`). `$date` is a date already written out;
## `$countdown` the deadline's countdown. History sentences: `$who`が,
## then what they did (a clause ending in しました).

page-title-associations = 顧客の関連付け
page-title-new-claim = 新しい顧客の関連付け
page-title-claim = 申請 { $id }
page-title-review-queue = レビュー キュー
page-title-review = レビュー { $id }
page-title-not-found = ページが見つかりません
page-title-claim-document = { $claim } – 顧客の関連付け
page-title-review-document = レビュー { $claim } – レビュー キュー
page-not-found-body = このアドレスには何もありません。入力した場合はアドレスを確認してください。リンクから来た場合は、申請が削除されたか、別の組織のものである可能性があります。
page-reviewers-only-heading = レビューは Microsoft のレビュー担当者が行います
page-reviewers-only-body = Microsoft のレビュー担当者は、パートナーが送信した申請を処理します。自社の申請とその状態、レビュー担当者からのコメントは、顧客の関連付けで確認できます。
page-go-to-list = 顧客の関連付けに移動
page-part-missing = このページをダウンロードできませんでした。接続を確認してから、もう一度お試しください。入力した内容は失われません。

list-continue = 続行
list-continue-label = { $name } を続行
list-next-deadline = 次の期限
list-no-deadline = 期限なし
list-deadline = { $date } · { $countdown }
list-pages = ページ
list-previous = 前へ
list-page-of = { $page } / { $pages } ページ
list-next-page = 次のページ
list-loading = 顧客の関連付けを読み込んでいます…
list-unavailable = 現在、顧客の関連付けを読み込めません。お使いの環境の問題ではありません。
list-empty-filtered = これらのフィルターに一致する顧客の関連付けはありません。フィルターを解除するか、別の語句で検索してください。
list-empty = 顧客の関連付けはまだありません。[新しい顧客の関連付け] から始めてください。
list-count = { $count } 件の顧客の関連付け
list-sorted = 期限の近い順
list-column-claim = 申請
list-column-customer = 顧客
list-column-area-role = ソリューション領域とロール
list-column-status = 状態
list-lede = 自社が顧客の Microsoft 製品のパートナー オブ レコードであることを示す申請です。
list-all-statuses = すべての状態
list-filter-area = ソリューション領域
list-all-areas = すべてのソリューション領域
list-search-label = 検索
list-search-button = 検索
list-search-placeholder = 申請名、ドメイン、テナント ID、申請 ID

export-button = CSV にエクスポート
export-running = エクスポートしています…
export-done = { $count } 件の顧客の関連付けをエクスポートしました。
export-failed-title = エクスポートが完了しませんでした
export-failed-page = { $pages } ページ中 { $page } ページ目を読み込めませんでした。これらの申請が欠けたファイルは不正確になるため、何もダウンロードしていません。
export-failed = 顧客の関連付けを読み込めなかったため、何もダウンロードされていません。
export-not-your-side = お使いの環境の問題ではありません。
export-retry = もう一度エクスポート
export-column-claim-id = 申請 ID
export-column-claim-name = 申請名
export-column-customer = 顧客
export-column-domain = 顧客ドメイン
export-column-area = ソリューション領域
export-column-role = パートナー ロール
export-column-products = 製品
export-column-status = 状態
export-column-deadline = 次の期限
export-column-arbitration = 仲裁中
export-yes = はい
export-no = いいえ

recent-admins-only = 顧客の関連付けは、自社の管理者が作成します。
recent-loading = 最近の申請を読み込んでいます…
recent-unavailable = 現在、最近の申請を読み込めません。
recent-empty = まだ顧客の関連付けを作成していません。
recent-label = 最近の申請
recent-view-all = すべての顧客の関連付けを表示

access-page-ended-heading = サインインの有効期限が切れました
access-page-ended-body = パートナー ダッシュボードでもう一度サインインしてから、[再試行] を選択してください。入力した内容は失われません。
access-page-try-again = 再試行
access-page-dashboard-heading = パートナー ダッシュボードからサインインしてください
access-page-dashboard-body = 顧客の関連付けはパートナー ダッシュボード内で開き、職場アカウントでサインインします。ダッシュボードを開いて、[顧客の関連付け] に移動してください。
access-page-dashboard-link = リンクからこのページに来た場合は、ダッシュボードからもう一度そのリンクを開いてください。
access-page-support-reference = サポートにお問い合わせの際は、参照番号 { $reference } をお伝えください。
access-page-reviewer-heading = 顧客の関連付けはパートナーが作成します
access-page-reviewer-body = レビュー担当者の { $name } としてサインインしています。レビュー担当者は申請をレビューしますが、作成はしません。
access-page-roles-heading = 顧客の関連付けを作成するには、別のロールが必要です
access-page-roles-body = { $needed }現在、{ $name } ({ $role }) としてサインインしています。

claim-page-breadcrumb = 階層リンク
claim-page-about = この申請について
claim-page-claim-id = 申請 ID
claim-page-loading = 申請を読み込んでいます…
claim-page-cant-show = この申請を表示できません
claim-page-unreachable = 現在、申請サービスに接続できません。しばらくしてから、もう一度お試しください。
claim-page-details = 申請の詳細
claim-page-comments = コメント
claim-page-timeline = タイムライン
claim-page-timeline-empty = タイムラインは申請の送信後に始まります。
claim-page-history = 履歴
claim-page-status-draft = 下書き
claim-page-program = { $name } ({ $id })
claim-page-enrolled = インセンティブに登録済み
claim-page-not-enrolled = インセンティブに未登録
claim-page-product-subscription = { $product }、サブスクリプション { $subscription }
claim-page-customer-meta = { $domain } · テナント { $tenant }
claim-page-tenant = テナント { $tenant }
claim-page-locked = (ロック済み)
claim-page-partner-program = パートナー プログラム
claim-page-customer = 顧客
claim-page-solution-area = ソリューション領域
claim-page-partner-role = パートナー ロール
claim-page-claim-name = 申請名
claim-page-customer-contact = 顧客の連絡先担当者
claim-page-technical-contact = 顧客の技術担当者
claim-page-partner-contact = パートナーの連絡先担当者
claim-page-solution-seller = Dynamics ソリューション販売担当者
claim-page-revenue-customer = 収益の顧客名
claim-page-isv-product = ISV 製品またはソリューション
claim-page-comment = レビュー担当者へのコメント
claim-page-download-failed = 現在、{ $file } をダウンロードできません。しばらくしてから、もう一度お試しください。
claim-page-no-files = 実行証明はまだありません。
claim-page-file-meta = { $size } · { $date }に追加
claim-page-download = ダウンロード
claim-page-download-label = { $file } をダウンロード
claim-page-draft-title = この申請は下書きです
claim-page-draft-body = 送信するまで、Microsoft には何も送られません。続行して回答を完了し、送信してください。
claim-page-submitted-title = Microsoft がこの申請のレビューを開始します
claim-page-submitted-title-by = Microsoft が { $date }までにこの申請のレビューを開始します ({ $countdown })
claim-page-submitted-body = 現在、必要な操作はありません。レビューが始まるまでは、パートナー プログラム、製品、連絡先を変更できます。
claim-page-review-title = Microsoft がこの申請をレビュー中です。決定をお待ちください
claim-page-review-title-by = Microsoft がこの申請をレビュー中です。決定の期限は { $date }です ({ $countdown })
claim-page-review-body = 現在、必要な操作はありません。レビュー担当者が追加情報を必要とする場合は、下のコメントで依頼します。
claim-page-action-title = Microsoft から追加の対応が求められています
claim-page-action-title-by = Microsoft から追加の対応が求められています。期限は { $date }です ({ $countdown })
claim-page-action-body = コメントにピン留めされたレビュー担当者の依頼を読み、求められた内容を変更し、必要に応じて証明を追加してから、再送信してください。期限までに回答がない場合、申請は却下されます。依頼内容:
claim-page-approved-title = 承認済み
claim-page-approved-body-until = 顧客に通知されました。顧客は { $date }まで関連付けを拒否できます。その後、申請はインセンティブの対象になります。
claim-page-approved-body = 顧客に通知されました。顧客は 7 日間、関連付けを拒否できます。その後、申請はインセンティブの対象になります。
claim-page-eligible-title = インセンティブ対象
claim-page-eligible-body = 顧客のサブスクリプションがアクティブまたは猶予期間中である間、この申請でインセンティブを獲得できます。期限切れになったサブスクリプションには新しい ID が付与されるため、その時点で再申請してください。
claim-page-rejected-title = 却下
claim-page-rejected-title-reason = 却下: { $reason }
claim-page-rejected-body-until = { $date }まで、ビジネス上の理由、更新した実行証明、またはその両方を添えて、この決定に異議を申し立てることができます。
claim-page-rejected-body = この決定には、もう異議を申し立てできません。状況が変わった場合は、新しい申請を作成してください。
claim-page-disputed-title = 異議申し立てを Microsoft が確認中です。回答をお待ちください
claim-page-disputed-title-by = 異議申し立てを Microsoft が確認中です。回答の期限は { $date }です ({ $countdown })
claim-page-disputed-body = 現在、必要な操作はありません。レビュー担当者がコメントで回答します。
claim-page-withdrawn-title = 取り下げ済み
claim-page-withdrawn-body = この申請は、もう製品を保持していません。この顧客を再び関連付けるには、新しい申請を作成してください。
claim-page-held-title = この申請が保持している製品を、別のパートナーが申請しています
claim-page-held-body = Microsoft が両パートナーの実行証明を比較する間も、この申請は承認されたままです (最新のものが優先されます)。レビュー担当者がコメントで追加情報を求めることがあります。製品名と作業内容が記載され、顧客が署名または承認した最近のドキュメントが最も有効です。
claim-page-arbitration-title = この申請は仲裁中です
claim-page-changed-status = 状態が「{ $status }」になりました
claim-page-changed-program = パートナー プログラム
claim-page-changed-customer = 顧客
claim-page-changed-area-role = ソリューション領域またはロール
claim-page-changed-products = 製品
claim-page-changed-name = 申請名
claim-page-changed-contacts = 連絡先
claim-page-changed-other = その他の回答
claim-page-changed-list = { $list }、{ $next }
claim-page-changed-one = { $what }が変更されました
claim-page-changed-many = { $list }、{ $last }が変更されました

history-entry = { $who }が{ $action }
history-who-reviewer = Microsoft のレビュー担当者
history-who-customer = 顧客
history-who-clock = パートナー センター
history-who-partner = パートナー
history-quoted = 「{ $text }」
history-set = { $what }を { $new } に設定しました
history-cleared = { $what }を消去しました (以前の値: { $old })
history-changed = { $what }を { $old } から { $new } に変更しました
history-set-also = { $what }を { $new } に設定しました
history-cleared-also = { $what }を消去しました (以前の値: { $old })
history-changed-also = { $what }を { $old } から { $new } に変更しました
history-both = { $first }。また、{ $second }
history-field-area = ソリューション領域
history-field-role = パートナー ロール
history-field-program = パートナー プログラム ID
history-field-products = 製品
history-field-customer = 顧客
history-customer-value = { $domain } (テナント { $tenant })
history-contact-field = { $contact }の{ $part }
history-contact-customer = 顧客の連絡先担当者
history-contact-technical = 顧客の技術担当者
history-contact-partner = パートナーの連絡先担当者
history-part-name = 名前
history-part-title = 役職
history-part-email = メール アドレス
history-named = 申請名を{ $name }に設定しました
history-renamed = 申請名を{ $old }から{ $new }に変更しました
history-name-cleared = 申請名を消去しました
history-revenue = 収益の関連付けの詳細を変更しました
history-comment = レビュー担当者へのコメントを変更しました
history-changed-field = { $field } を変更しました
history-submitted = 申請を送信しました
history-resubmitted = 回答を添えて申請を再送信しました
history-disputed = 決定に異議を申し立てました
history-withdrew = 申請を取り下げました
history-started-review = レビューを開始しました
history-requested-information = 追加情報を依頼しました
history-approved = 申請を承認しました
history-won-arbitration = 仲裁で申請を承認しました
history-lost-arbitration = 申請を却下しました。別のパートナーの申請が仲裁で選ばれました
history-rejected = 申請を却下しました
history-declined = 関連付けを拒否しました
history-closed-no-answer = 申請を終了しました。5 営業日以内に回答がありませんでした
history-opt-out-ended = 顧客の拒否期間を終了しました。申請は適格になりました
history-moved = 申請の状態を「{ $status }」に変更しました
history-status-changed = 申請の状態を変更しました
history-reason = 理由: { $reason }
history-created = 申請を下書きとして開始しました
history-commented = コメントしました
history-file-added = 実行証明を追加しました: { $file }
history-file-removed = 実行証明を削除しました: { $file }
history-reclaimed = 新しい下書き { $claim } で再申請しました
history-note = メモを追加しました
history-gave-reason = 理由を入力しました
history-empty = この申請の履歴はまだありません。

thread-partner = パートナー
thread-reviewer = Microsoft のレビュー担当者
thread-notice = お知らせ
thread-empty = コメントはまだありません。
thread-pinned = ピン留めされた依頼
thread-meta = { $side } · { $date }
thread-in-reply-to = · { $author } への返信
thread-reply = 返信
thread-reply-label = { $author } に返信
thread-write-first = 先にコメントを入力してください。
thread-post-failed = 現在、コメントを投稿できません。コメントはこのまま残っています。しばらくしてから、もう一度お試しください。
thread-your-reply = { $author } への返信
thread-add-comment = コメントを追加
thread-post = コメントを投稿
thread-cancel-reply = 返信をキャンセル

claim-action-continue = この下書きを続行
claim-action-edit = 申請を編集
claim-action-resubmit = 回答して再送信
claim-action-dispute = 決定に異議を申し立てる
claim-action-withdraw = 取り下げ
claim-action-reclaim = 新しいサブスクリプションで再申請
claim-action-actions = 操作
claim-action-unavailable = 申請サービスに接続できませんでした。入力した内容は失われません。しばらくしてから、もう一度お試しください。
claim-action-stale = 入力中に、他のユーザーがこの申請を変更しました ({ $what })。ページには現在の申請が表示されています。入力した内容は残っています。確認してから、もう一度送信してください。
claim-action-stale-unknown = 入力中に、この申請が変更されました。入力した内容は残っています。ページを再読み込みして現在の申請を確認してから、もう一度送信してください。
claim-action-stale-title = この申請は変更されました
claim-action-withdraw-reason-needed = この申請を取り下げる理由を入力してください。
claim-action-add-proof = 実行証明を追加
claim-action-add-proof-hint = ここで追加したファイルは、申請の他の証明と一緒にレビュー担当者に送られます。
claim-action-resubmit-heading = { $date }までに依頼に回答して再送信
claim-action-resubmit-intro = レビュー担当者から求められた内容を [申請を編集] で変更し、下で証明を追加してから、再送信してください。期限までに回答がない場合、申請は却下されます。
claim-action-resubmit-label = レビュー担当者への回答 (省略可能)
claim-action-resubmit-hint = 回答はコメントに追加されます。
claim-action-resubmit-button = 申請を再送信
claim-action-dispute-heading = { $date }までに決定に異議を申し立てる
claim-action-dispute-intro = 決定を変更すべき理由を説明するか、更新した実行証明を追加するか、その両方を行ってください。レビュー担当者が 5 営業日以内に回答します。
claim-action-dispute-intro-reason = 申請は却下されました: { $reason }。決定を変更すべき理由を説明するか、更新した実行証明を追加するか、その両方を行ってください。レビュー担当者が 5 営業日以内に回答します。
claim-action-dispute-label = ビジネス上の理由
claim-action-dispute-hint = レビュー担当者に見直してほしい点です。下で更新した証明を追加する場合は、空欄のままでかまいません。
claim-action-dispute-button = 異議申し立てを送信
claim-action-withdraw-heading = この申請を取り下げる
claim-action-withdraw-intro = この申請は、この顧客の製品を保持しなくなります。この操作は元に戻せません。顧客を再び関連付けるには、新しい申請を作成します。
claim-action-withdraw-label = この申請を取り下げる理由は何ですか？
claim-action-withdraw-hint = この理由は、レビュー担当者と同僚に表示されます。
claim-action-withdraw-button = 申請を取り下げる
claim-action-cancel = キャンセル
claim-action-subscription-for = { $product } のサブスクリプション ID
claim-action-choose-subscription = サブスクリプションを選択
claim-action-subscription = { $id } ({ $status })
claim-action-loading-products = 顧客の製品を読み込んでいます…
claim-action-products-unavailable = 現在、顧客の製品を読み込めません。
claim-action-edit-intro = パートナー プログラム ID、製品、連絡先を変更できます。顧客、ソリューション領域、ロール、申請名は、申請の送信後はロックされます。
claim-action-your-contact = 自社の連絡先担当者
claim-action-edit-comment = レビュー担当者へのコメント (省略可能)
claim-action-edit-comment-hint = 変更した内容と理由を記入してください。コメントに追加されます。
claim-action-edit-proof-hint = ファイルはアップロードされるとすぐに申請に追加されます。
claim-action-save = 変更を保存

review-no-files = 実行証明なし
review-files = { $count } 個のファイル
review-files-latest = { $count } 個のファイル、最新の追加日 { $date }
review-this-claim = この申請 · { $id }
review-role = ロール
review-proof = 証明
review-submitted = 送信日
review-arbitration-heading = 仲裁: 競合する申請
review-arbitration-hint = 各パートナーの実行証明を比較してください。最新のものが優先されます。この申請を承認すると、他の申請は却下されます。
review-arbitration-reason = この申請が選ばれた理由 (他のパートナーに表示されます)
review-arbitration-approve = この申請を承認して他を却下
review-start-heading = レビューの開始
review-start-body = レビューが開始されたことがパートナーに通知されます。その後 5 営業日以内に決定が必要です。
review-start-button = レビューを開始
review-approve = 承認
review-approve-contested = 他のパートナーが同じ製品を申請しています。仲裁でいずれか 1 つの申請を承認してください。他の申請は、入力した理由とともに却下されます。
review-approve-body = 実行証明がパートナーの作業を示しています。顧客に通知され、顧客は 7 日以内であれば拒否できます。
review-request = 情報を依頼
review-request-hint = パートナーの回答期限は 5 営業日です。回答がない場合、申請は却下されます。
review-request-comment = パートナーに求める対応
review-reject = 却下
review-reject-reason = 理由
review-reject-comment = パートナーへのコメント
review-no-decision = { $status ->
    [editing] 保留中の決定はありません。申請は編集中です。
    [submitted] 保留中の決定はありません。申請は送信済みです。
    [under_review] 保留中の決定はありません。申請はレビュー中です。
    [partner_action_required] 保留中の決定はありません。申請はパートナーの対応待ちです。
    [approved] 保留中の決定はありません。申請は承認済みです。
    [eligible] 保留中の決定はありません。申請は適格です。
    [rejected] 保留中の決定はありません。申請は却下済みです。
    [disputed] 保留中の決定はありません。申請は異議申し立て中です。
   *[withdrawn] 保留中の決定はありません。申請は取り下げ済みです。
}
review-started = レビューを開始しました。決定が必要です。
review-started-by = レビューを開始しました。決定の期限は { $date }です。
review-requested = 情報を依頼しました。
review-requested-until = 情報を依頼しました。パートナーの回答期限は { $date }です。
review-approved = 承認しました。顧客に通知され、顧客は 7 日以内であれば拒否できます。
review-rejected = 却下しました。理由はコメントでパートナーに伝えられます。
review-arbitration-won = 仲裁の結果、承認しました。競合する { $count } 件の申請を却下し、そのパートナーに理由を通知しました。
review-done = 完了しました。
review-unreachable = 現在、申請サービスに接続できません。
review-not-recorded = 現在、この操作を記録できません。しばらくしてから、もう一度お試しください。
review-caption = レビュー · { $organisation }
review-due = 期限
review-demo-opt-out = デモ: 顧客がこの関連付けを拒否するために受け取るリンク:
review-decision = 決定
review-on-time = 期限内
review-due-today = 本日期限
review-overdue = 期限超過
review-loading = キューを読み込んでいます…
review-unavailable = 現在、レビュー キューを読み込めません。
review-empty = レビュー待ちの申請はありません。
review-count = { $count } 件の申請が待機中
review-sorted = 期限の近い順
review-column-partner = パートナーと顧客
review-lede = パートナーが送信、異議申し立て、または回答し、決定を待っている申請です。
## cpor-core: the rules' own sentences (domain, text, email, poe, program,
## date, subscription, status, transition, claim, role, area, access,
## clock, core). Labels read as labels; sentences end with a full stop.

domain-empty = 顧客のドメインを入力してください。
domain-too-long = 入力された値は { $length } 文字です。ドメインは最大 { $max } 文字です。
domain-looks-like-email = これはメール アドレスです。@ の後のドメインだけを入力してください: { $domain }
domain-looks-like-email-only = メール アドレスのようです。contoso.onmicrosoft.com のように、ドメインだけを入力してください。
domain-looks-like-tenant-id = ドメインではなく、テナント ID のようです。[顧客テナント ID] に入力し、ここには顧客のドメインを入力してください。
domain-has-path = Web アドレスの残りの部分を除き、ドメインだけを入力してください: { $host }
domain-has-port = ポート番号を除き、ドメインだけを入力してください: { $host }
domain-single-label = 「{ $label }」はドメインの一部にすぎません。{ $label }.onmicrosoft.com のように、ドメイン全体を入力してください。
domain-empty-label = ドットが 2 つ続いているか、先頭にドットがあります。ドットはドメインの 2 つの部分の間に置く必要があります。
domain-label-too-long = 「{ $label }」は { $length } 文字です。ドットで区切られたドメインの各部分は最大 { $max } 文字です。
domain-character = ドメインには次の文字を使用できません: { $char }。英字、数字、ハイフンを使用し、各部分をドットで区切ってください。
domain-hyphen = 「{ $label }」はハイフンで始まるか、ハイフンで終わっています。ドメインの各部分では使用できません。
domain-ip-address = これは IP アドレスです。contoso.onmicrosoft.com のように、顧客のドメインを入力してください。
domain-top-level = 「.{ $label }」はドメインの末尾として使用できません。最後のドットの後の部分を確認してください。
domain-punycode = 「{ $label }」は有効な国際化 (xn--) ラベルではありません。
domain-not-mappable = 「{ $label }」はドメインに使用できません。ドメインで組み合わせることができない文字が混在しています。顧客からドメインをもう一度コピーしてください。

## Free text. `$noun` is what the answer is called (a `text-noun-…`
## message); `$name` a character's name (a `text-char-…` message).

text-empty = 「{ $noun }」を入力してください。
text-too-long = 「{ $noun }」は { $max } 文字以内で入力してください (入力された値は { $length } 文字です)。
text-character = 「{ $noun }」には次の文字を使用できません: { $char }
text-bidi = 「{ $noun }」に、見えない方向制御文字 ({ $name }、U+{ $code }) が含まれています。この文字があると、保存された順序とは異なる順序でテキストが表示されることがあります。この文字を削除するか、貼り付けずにテキストを入力し直してください。
text-invisible = 「{ $noun }」に不可視文字 ({ $name }、U+{ $code }) が含まれています。この文字は、テキストの実際の内容を隠すことがあります。この文字を削除するか、貼り付けずにテキストを入力し直してください。
text-no-letter = 「{ $noun }」には文字を 1 つ以上含める必要があります。
text-noun-claim-name = 申請名
text-noun-name = 名前
text-noun-job-title = 役職
text-noun-email = メール アドレス
text-noun-comment = コメント
text-noun-reason = 理由
text-noun-answer = 回答
text-noun-justification = ビジネス上の理由
text-noun-information-request = パートナーへの依頼
text-noun-decision-reason = 決定の理由
text-char-lre = 左から右への埋め込み
text-char-rle = 右から左への埋め込み
text-char-pdf = 方向書式の終了
text-char-lro = 左から右への上書き
text-char-rlo = 右から左への上書き
text-char-lri = 左から右への分離
text-char-rli = 右から左への分離
text-char-fsi = 最初の強い文字による分離
text-char-pdi = 方向分離の終了
text-char-lrm = 左から右へのマーク
text-char-rlm = 右から左へのマーク
text-char-alm = アラビア文字マーク
text-char-direction-control = 方向制御文字
text-char-zwsp = ゼロ幅スペース
text-char-zwnj = ゼロ幅非接合子
text-char-zwj = ゼロ幅接合子
text-char-wj = 単語結合子
text-char-invisible-operator = 不可視演算子
text-char-zwnbsp = ゼロ幅ノーブレーク スペース
text-char-soft-hyphen = ソフト ハイフン
text-char-cgj = 書記素結合子
text-char-mvs = モンゴル語母音区切り
text-char-hangul-filler = ハングル フィラー
text-char-tag = タグ文字
text-char-other = 文字
email-at = name@contoso.com のように、@ を 1 つだけ含むメール アドレスを入力してください。
email-local = @ の前の部分は、メール アドレスとして使用できません。
email-domain = @ の後の部分が、contoso.com のようなドメインになっていません。

## A claim's answers that keep it from being submitted. `$who` is
## `customer` (the customer contact), `technical` (the customer's
## technical contact) or `partner` (the partner's own contact).

claim-contact-name = { $who ->
    [customer] 顧客の連絡先担当者の名前を入力してください。
    [technical] 顧客の技術担当者の名前を入力してください。
   *[partner] 自社の連絡先担当者の名前を入力してください。
}
claim-contact-title = { $who ->
    [customer] 顧客の連絡先担当者の役職を入力してください。
    [technical] 顧客の技術担当者の役職を入力してください。
   *[partner] 自社の連絡先担当者の役職を入力してください。
}
claim-contact-email = { $who ->
    [customer] 顧客の連絡先担当者のメール アドレスを入力してください。
    [technical] 顧客の技術担当者のメール アドレスを入力してください。
   *[partner] 自社の連絡先担当者のメール アドレスを入力してください。
}
claim-name-empty = 申請名を入力してください。
claim-solution-seller-empty = Dynamics ソリューション販売担当者の名前を入力してください。
claim-customer-name-empty = 顧客名を入力してください。
claim-isv-product-empty = ISV の製品名またはソリューション名を入力してください。
claim-area-missing = ソリューション領域を選択してください。
claim-role-missing = パートナー ロールを選択してください。
claim-role-not-in-area = [{ $role }] は [{ $area }] のロールではありません。
claim-products-missing = 製品を 1 つ以上選択してください。
claim-product-repeated = この製品が申請に 2 回含まれています。各製品は 1 回だけ指定してください。
claim-product-unknown = この製品は申請の対象外です。

## Purchase channels, solution areas and partner roles.

role-channel-csp = クラウド ソリューション プロバイダー (CSP)
role-channel-volume-licensing = ボリューム ライセンス契約
role-channel-web-direct = Web-Direct
area-business-applications = Business Applications
area-modern-work-and-security = Modern Work and Security
role-build-intent-advisor = 購入意向 - アドバイザー
role-usage-recognition = 使用状況の認定 - インセンティブ対象外
role-influenced-revenue-recognition = 影響を与えた収益の認定 - インセンティブ対象外
role-use-or-consume = 使用または消費
role-build-intent-advisor-description = 対象製品の顧客による購入に影響を与え、プリセールス インセンティブを申請する場合に選択します。
role-usage-recognition-description = 対象ワークロードの顧客による導入と使用を推進し、使用状況インセンティブを申請する場合に選択します。
role-influenced-revenue-recognition-description = ビジネス インフルエンサーとして、対象製品の顧客による選択に影響を与えた場合に選択します。収益は自社に関連付けられますが、インセンティブは支払われません。
role-use-or-consume-description = 対象ワークロードの顧客による導入と使用を推進し、使用状況インセンティブと、使用状況またはコンピテンシーの達成の、いずれかまたは両方を希望する場合に選択します。
role-closed-csp = 選択できません: この顧客は CSP で購入しています。Business Applications のロールは、ボリューム ライセンス契約または Web-Direct による購入にのみ適用されます。CSP の関連付けは別のプログラムです。

## Who may use the claim flow. `access-roles-needed` names the three roles
## that may claim (`access-global-admin`, `-billing-admin`,
## `-incentives-admin`).

access-global-admin = グローバル管理者
access-billing-admin = 課金管理者
access-incentives-admin = インセンティブ管理者
access-partner-user = パートナー ユーザー
access-reviewer = レビュー担当者
access-roles-needed = 顧客の関連付けには、{ $first }、{ $second }、{ $third } のいずれかのロールが必要です。ロールの割り当てをグローバル管理者に依頼してください。

## Dates. `date-long`: `$day` and `$year` are digits, `$month` the
## month's number (1–12).

date-format = 2026-11-24 のように、YYYY-MM-DD 形式で日付を入力してください。
date-long = { $year }年{ $month }月{ $day }日

## A claim's statuses, as Partner Center names them.

status-editing = 編集中
status-submitted = 送信済み
status-under-review = レビュー中
status-partner-action-required = パートナーの対応が必要
status-approved = 承認済み
status-eligible = 適格
status-rejected = 却下
status-disputed = 異議申し立て中
status-withdrawn = 取り下げ済み

## Why a claim can't move: `$who` is who may act (`partner`, `reviewer`,
## `customer`, `clock`); `$action` the action and `$status` the claim's
## status, as the API spells them; `$date` a date in words; `$reason` a
## rejection reason (`transition-rejection-…`).

transition-not-your-action = { $who ->
    [partner] この操作を実行できるのは、申請したパートナーのみです。
    [reviewer] この操作を実行できるのは、Microsoft のレビュー担当者のみです。
    [customer] この操作を実行できるのは、顧客のみです。
   *[clock] この操作は、期限が過ぎるとパートナー センターが自動的に実行します。
}
transition-wrong-status = 状態が [{ $status ->
    [editing] 編集中
    [submitted] 送信済み
    [under_review] レビュー中
    [partner_action_required] パートナーの対応が必要
    [approved] 承認済み
    [eligible] 適格
    [rejected] 却下
    [disputed] 異議申し立て中
   *[withdrawn] 取り下げ済み
}] の申請に対して、[{ $action ->
    [submit] 送信
    [resubmit] 再送信
    [dispute] 異議申し立て
    [withdraw] 取り下げ
    [start_review] レビューの開始
    [request_information] 情報の依頼
    [approve] 承認
    [reject] 却下
    [win_arbitration] 仲裁での採用
    [lose_arbitration] 仲裁での不採用
    [opt_out] 関連付けの拒否
    [partner_response_expired] パートナー未回答による終了
   *[opt_out_window_passed] 拒否期間の終了
}] はできません。
transition-window-closed = この操作は { $date }まで可能でした。
transition-not-due-yet = この処理は { $date }以降に行われます。
transition-not-disputable = この理由で却下された申請には異議を申し立てできません: { $reason }
transition-reason-required = 理由を入力してください。
transition-in-arbitration = この申請は、同じ製品に対する別のパートナーの申請と競合しているため、仲裁で決定されます。仲裁画面で、競合する申請のいずれかを承認してください。
transition-request-poe-missing = 実行証明がありません
transition-request-poe-not-acknowledged = 実行証明に顧客の承認または署名がありません
transition-request-poe-date = 実行証明に日付がないか、12 か月より前の日付です
transition-request-poe-work = 実行証明に自社の作業が記載されていません
transition-request-poe-products = 実行証明に申請した製品が記載されていません
transition-request-other = その他 (レビュー担当者のコメントを参照)
transition-rejection-poe-insufficient = 実行証明が不十分です
transition-rejection-no-partner-response = 5 営業日以内にパートナーの回答がありませんでした
transition-rejection-partner-request = パートナーの依頼により却下されました
transition-rejection-customer-declined = 顧客が関連付けを拒否しました
transition-rejection-competing-claim-approved = この製品に対する別のパートナーの申請が承認されました

## How long is left before a deadline.

clock-left = 残り { $days } 営業日
clock-due-today = 本日期限
clock-overdue = { $days } 日超過

## Products' families, subscriptions' statuses, and why a subscription
## can't be claimed. `$date` is a date in words.

subscription-family-dynamics = Dynamics 365
subscription-family-modern-work = Modern Work and Security ワークロード
subscription-status-pending = プロビジョニング待ち
subscription-status-active = アクティブ
subscription-status-grace = 猶予期間中
subscription-status-expired = 期限切れ
subscription-status-suspended = 中断
subscription-required = 顧客はこの製品のサブスクリプションを { $count } 個持っています。この申請の対象となるサブスクリプション ID を入力してください。
subscription-product-not-on-tenant = 選択した製品は顧客のテナントに存在しません。
subscription-not-of-product = このサブスクリプションは、顧客のテナントで選択した製品のサブスクリプションではありません。
subscription-not-dynamics = このサブスクリプションは Dynamics 365 製品のものではありません。
subscription-csp = このサブスクリプションは CSP で購入されています。CSP の顧客の関連付けは別のプログラムです。
subscription-not-provisioned = 顧客はまだこのサブスクリプションの製品をアクティブ化またはプロビジョニングしていません。
subscription-provisioned-recently = このサブスクリプションは、プロビジョニングされてから { $days } 日経っていません。{ $date }から申請できます。
subscription-expired-renewed = このサブスクリプションは期限切れです。新しいサブスクリプション ID は { $id } です。新しい ID で新しい申請を作成してください。
subscription-expired = このサブスクリプションは期限切れです。サブスクリプション ID は期限切れになると変わります。新しい ID で新しい申請を作成してください。
subscription-suspended = このサブスクリプションは中断されているか無効になっているため、インセンティブの対象になりません。

## Proof of execution files. `poe-size-…`: a file's size, `$mb` a number
## of megabytes with one decimal (1.2), `$kb` a whole number of kilobytes;
## both written in the language's number format.

poe-missing = 実行証明のドキュメントを 1 つ以上追加してください。
poe-size-mb = { $mb } MB
poe-size-kb = { $kb } KB
poe-name-missing = ファイルに名前がありません。
poe-name-character = ファイル名には次の文字を使用できません: { $char }
poe-no-extension = ファイル名に拡張子がないため、ファイルの種類がわかりません。
poe-type-not-allowed = .{ $extension } ファイルは実行証明として使用できません。
poe-empty = ファイルが空です。
poe-too-large = ファイルのサイズは { $size } です。ファイルは最大 25 MB です。
poe-too-many = 1 件の申請に追加できるファイルは { $max } 個までです。
poe-content-mismatch = ファイル名にかかわらず、ファイルの内容が { $kind } ファイルではありません。
poe-markup = Web ページとスクリプトは、名前にかかわらず実行証明として使用できません。

## The partner program ID.

program-empty = この申請の対象となるパートナー プログラム ID を選択してください。
program-character = パートナー プログラム ID は数字のみで構成されます。次の文字は使用できません: { $char }
program-length = パートナー プログラム ID は { $min } ～ { $max } 桁ですが、入力された値は { $digits } 桁です。

## Arbitration: what helps a claim that competes with another partner's.

core-arbitration-evidence = この製品は既に別のパートナーが保持しているか、申請しています。レビュー担当者は各パートナーの実行証明 (最新のものが優先されます) を比較し、双方に追加の情報を求めることがあります。役立つのは、過去 12 か月以内の日付で顧客が署名または承認した最新のドキュメントで、この製品名と実施した作業が記載されているものです。

## The server's refusals that a person reads: the `detail` of a problem
## the API sends, in the language the request's Accept-Language asks for.
## `$status` is a status's name (`status-…`), `$date` a date in words,
## `$noun` what an answer is called (`text-noun-…`), `$area` a solution
## area's name, `$refusal` a rule's sentence; `$fields` names parts of a
## claim (`server-field-…`), joined by `server-list`.

server-no-bearer-token = 続行するにはサインインしてください。リクエストにベアラー トークンがありません。
server-sign-in-expired = サインインの有効期限が切れました。もう一度サインインしてください。
server-sign-in-not-yet-valid = サインインはまだ有効になっていません。デバイスの時計を確認してから、もう一度サインインしてください。
server-sign-in-unchecked = 現在、サインインを確認できません。1 分ほど待ってから、もう一度お試しください。
server-sign-in-other-application = このサインインは別のアプリケーション用です。ダッシュボードからもう一度サインインしてください。
server-sign-in-lifetime = サインイン トークンの有効期間が長すぎます。もう一度サインインしてください。
server-sign-in-invalid = サインイン トークンが無効です。もう一度サインインしてください。
server-tenant-not-registered = 自社の組織の Microsoft Entra テナント ({ $tenant }) は、顧客の関連付けに登録されていません。登録するよう、グローバル管理者に依頼してください。
server-no-organisation = サインイン情報に、所属する組織が示されていません。職場アカウントでサインインしてください。
server-reviewers-do-not-claim = レビュー担当者は申請をレビューしますが、作成はしません。
server-reviewers-only = この操作を実行できるのは、Microsoft のレビュー担当者だけです。
server-demo-no-user = デモ ユーザー「{ $id }」は存在しません。
server-demo-clock-step = 時計は 1 ～ 60 日の範囲で進めてください。
server-demo-clock-limit = デモの時計を進められるのは最大 { $days } 日先までです。リセットするには、サーバーを再起動してください。
server-unknown-tenant = ID が { $tenant } の顧客テナントはありません。
server-domain-not-of-tenant = { $domain } はテナント { $tenant } に属していません。
server-unknown-product = 製品「{ $product }」はカタログにありません。
server-product-refused = { $product }: { $refusal }
server-product-not-in-area = { $product } は [{ $area }] の製品ではありません。
server-program-not-yours = { $program } は自社のパートナー プログラム ID ではありません。
server-opt-out-link-invalid = このリンクは無効です。メールでリンクを確認してください。
server-opt-out-closed = この関連付けはもう拒否できません。拒否できたのは { $date }までです。
server-reply-to-unknown = 返信先のコメントはこの申請にありません。
server-files-closed = 状態が「{ $status }」の申請には、ファイルを追加できません。
server-upload-unreadable = 受信したファイルを読み取れませんでした。もう一度追加してください。
server-upload-broke-off = ファイル全体を受信する前に、アップロードが中断されました。もう一度追加してください。
server-upload-status-changed = アップロード中に申請の状態が変わったため、ファイルは追加されませんでした。申請を再読み込みしてください。
server-file-not-found = この申請にファイル { $file } はありません。
server-files-kept = 申請の送信後は、ファイルを削除できません。代わりに、新しいファイルをコメントを添えて追加してください。
server-dispute-needs-grounds = 異議申し立てのビジネス上の理由を入力するか、更新した実行証明を追加してください。
server-nothing-to-reclaim = この申請のサブスクリプションはどれも期限切れになっていないため、再申請の必要はありません。
server-page-out-of-range = 1 ページあたり { $size } 件の { $page } ページ目は、どの一覧の範囲も超えています。
server-claim-not-editable = 状態が「{ $status }」の申請は編集できません。
server-answers-locked = 次の回答は送信後に変更できません: { $fields }
server-list = { $first }、{ $rest }
server-field-partner-program-id = パートナー プログラム ID
server-field-customer = 顧客
server-field-solution-area-and-role = ソリューション領域とロール
server-field-products = 製品
server-field-claim-name = 申請名
server-field-contacts = 連絡先
server-field-revenue-details = 収益の関連付けの詳細
server-field-proof-of-execution = 実行証明
server-only-drafts-deleted = 削除できるのは下書きだけです。この申請の状態は「{ $status }」です。代わりに取り下げてください。
server-already-claimed = 自社は、この顧客のこの製品について既に有効な申請を行っています。
server-claimed-again = 自社はその後、この製品について別の申請を行っています。代わりにそちらの申請で異議を申し立ててください。
server-answers-before-submit = この申請を送信するには、{ $count } 件の回答を修正する必要があります。
server-answers-before-save = 変更を保存するには、{ $count } 件の回答を修正する必要があります。
server-text-missing = 「{ $noun }」が入力されていません。短く記入してください。
server-nothing-competes = この申請と競合する申請はほかにありません。
server-too-many-changes = 一度に送信された変更が多すぎます。{ $seconds } 秒後にもう一度お試しください。
server-claim-not-found = 申請 { $id } は存在しません。
server-claim-stale = 申請 { $id } は、開いた後に変更されています。現在のバージョンは { $version } です。
