# cpor-claims: every text the product shows, in Japanese (translated from
# the reference catalogue, en.ftl; phrased for Japanese readers, not word
# for word). Project Fluent syntax: https://projectfluent.org/
# Ids: `field-…` the claim's answers, `error-…` one per API error code
# (`.fix`: what the partner can do), `guid-…` identifiers' rules, `char-…`
# how a character is named in a message.
# Style: Microsoft's Japanese style (half-width space between half-width
# and full-width text, and between katakana words: テナント ID,
# パートナー プログラム ID); UI labels in [ ]; です/ます form.
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
char-invisible = 不可視文字（U+{ $code }）

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
    [tenant] テナント ID に{ $char }は使用できません。使用できるのは数字 0 ～ 9、英字 a ～ f、ハイフンのみです。
   *[subscription] サブスクリプション ID に{ $char }は使用できません。使用できるのは数字 0 ～ 9、英字 a ～ f、ハイフンのみです。
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
    .fix = この顧客に対する作業を示す文書を 1 つ以上アップロードしてください。文書には、顧客の署名または承認、過去 12 か月以内の日付、テナントと各製品の記載が必要です。
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
error-not_found = このアドレスには何もありません。
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
component-field-optional = (省略可)
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
component-program-unavailable = 現在、パートナー プログラムを読み込めません。お客様側の問題ではありません。
component-program-enrolled = インセンティブに登録済み
component-program-not-enrolled = インセンティブに未登録
component-program-meta = パートナー プログラム ID { $id } · { $country }
component-program-hint = この作業を申請する、自社の拠点またはプログラムです。どれかわからない場合は、グローバル管理者に確認してください。
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
step-role-closed-advice = 作業の対象が Microsoft 365、Teams、Defender の場合は、上で Modern Work and Security を選択してください。それ以外の場合は、パートナー センターの CSP でこの顧客を関連付けてください。

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
step-products-arbitration-text = Microsoft は 5 営業日以内に審査を開始しますが、両方のパートナーの意見を聞く間、申請が審査中のままになる期間が長くなることがあります。申請のコメントでお知らせします。
step-products-unavailable = 現在、この製品を確認できません。入力内容の問題ではありません。
step-products-already-claimed = この顧客の { $product } については、自社の有効な申請が既にあります。
step-products-claimable-from = { $product } は { $date } から申請できます。
step-products-claimable-from-fix = { $reason } この製品なしで進める場合は選択を解除してください。または、この下書きを保存しておき、その日以降に送信してください。
step-products-gone = { $product } は顧客のテナントにもうありません。選択を解除してください。
step-products-existing-claim = 既存の申請「{ $claim }」を開く
step-products-announce-claimable = { $product } は申請できます。
step-products-announce-arbitration = { $product } は申請できますが、別のパートナーが保持または申請しているため、申請は仲裁に回されます。
step-products-announce-problem = { $product }: { $message }

step-details-title = 申請の詳細と連絡先
step-details-claim-name = 申請名
step-details-claim-name-hint = 後でこの申請を見つけやすい名前。例: 「Contoso – Dynamics 365 Sales の導入」。
step-details-full-name = 氏名
step-details-job-title = 役職
step-details-email = メール アドレス
step-details-seller = Dynamics ソリューション販売担当者の名前
step-details-seller-hint = この商談を担当した Microsoft の販売担当者。
step-details-customer-name = 顧客名
step-details-customer-name-hint = 契約書に記載されている顧客の組織名。
step-details-isv = ISV の製品またはソリューションの名前
step-details-customer-contact = 顧客の連絡先
step-details-customer-contact-hint = 作業内容を確認できる、顧客側の担当者。
step-details-technical-contact = 顧客の技術担当者
step-details-technical-contact-hint = Dynamics 365 の場合: 顧客側でこの製品を技術的に担当する人。
step-details-your-contact = 自社の連絡先
step-details-your-contact-hint = この申請について審査担当者が連絡できる、自社の担当者。
step-details-revenue = 収益の関連付け
step-details-revenue-hint = Influenced Revenue recognition のロールでは、収益が自社に関連付けられます。これらの情報で取引を特定します。
step-details-prefilled = 申請「{ $claim }」から顧客の連絡先を入力しました。現在も正しいか確認してください。

step-evidence-title = 実行証明
step-evidence-checklist = 審査担当者が確認する点
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
step-evidence-comment = 審査担当者へのコメント
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
step-answers-before-notified = この関連付けは顧客に通知されます。Microsoft が承認すると、顧客の連絡先に通知され、顧客は 7 日以内であれば拒否できます。
step-answers-before-review = Microsoft は 5 営業日以内に審査を開始します。追加の情報が必要な場合は、申請のコメントでお尋ねします。
step-answers-sending = 申請を送信しています…
step-answers-retrying = サービスに接続できませんでした。申請は保存されています。{ $seconds } 秒後に再試行します…
step-answers-offline = 保存済み、未送信: オフラインです。オンラインに戻りしだい、申請を送信します。
step-answers-failed = 保存済み、未送信: サービスに接続できませんでした。失われたものはありません。しばらくしてからもう一度お試しください。

drafts-count = 下書き ({ $count })
drafts-title-for = { $domain } の下書き
drafts-title-no-customer = 顧客未設定の下書き
drafts-step = ステップ { $step }/{ $total }: { $name }
drafts-changed-just-now = たった今変更
drafts-changed-minutes = { $count } 分前に変更
drafts-changed-hours = { $count } 時間前に変更
drafts-changed-yesterday = 昨日変更
drafts-changed-days = { $count } 日前に変更
drafts-changed-on = { $date } に変更
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
confirmation-go-to-claim-for = して、審査の状況の確認、証明の追加、審査担当者への返信を行えます。
confirmation-arbitration-title = この申請は仲裁中です
confirmation-arbitration-text = Microsoft が両方のパートナーの意見を聞く間、審査中の期間が 5 営業日より長くなることがあります。申請のコメントでお知らせします。
confirmation-next = 今後の流れ
confirmation-review-by = Microsoft は { $days } 営業日以内 ({ $date } まで) に審査を開始します。
confirmation-review = Microsoft は { $days } 営業日以内に審査を開始します。
confirmation-more-needed = 審査担当者が追加の情報を必要とする場合、申請はパートナーの対応待ちになり、コメントで依頼があります。その場合は 5 営業日以内に回答してください。
confirmation-approved = 承認されると顧客に通知され、顧客は 7 日以内であれば拒否できます。その後、申請は適格になります。
confirmation-start-another = 別の申請を開始
