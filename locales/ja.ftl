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
domain-character = ドメインに{ $char }は使用できません。英字、数字、ハイフンを使用し、各部分をドットで区切ってください。
domain-hyphen = 「{ $label }」はハイフンで始まるか、ハイフンで終わっています。ドメインの各部分では使用できません。
domain-ip-address = これは IP アドレスです。contoso.onmicrosoft.com のように、顧客のドメインを入力してください。
domain-top-level = 「.{ $label }」はドメインの末尾として使用できません。最後のドットの後の部分を確認してください。
domain-punycode = 「{ $label }」は有効な国際化 (xn--) ラベルではありません。
domain-not-mappable = 「{ $label }」はドメインに使用できません。ドメインで組み合わせることができない文字が混在しています。顧客からドメインをもう一度コピーしてください。

## Free text. `$noun` is what the answer is called (a `text-noun-…`
## message); `$name` a character's name (a `text-char-…` message).

text-empty = 「{ $noun }」を入力してください。
text-too-long = 「{ $noun }」は { $max } 文字以内で入力してください (入力された値は { $length } 文字です)。
text-character = 「{ $noun }」に{ $char }は使用できません。
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
claim-solution-seller-empty = Dynamics ソリューション販売者の名前を入力してください。
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
role-channel-web-direct = Web Direct
area-business-applications = Business Applications
area-modern-work-and-security = Modern Work and Security
role-build-intent-advisor = 購入意向 - アドバイザー
role-usage-recognition = 使用状況の認定 - インセンティブ対象外
role-influenced-revenue-recognition = 影響を与えた収益の認定 - インセンティブ対象外
role-use-or-consume = 使用または消費
role-build-intent-advisor-description = 対象製品の顧客による購入に影響を与え、プリセールス インセンティブを申請する場合に選択します。
role-usage-recognition-description = 対象ワークロードの顧客による導入と使用を推進し、使用状況インセンティブを申請する場合に選択します。
role-influenced-revenue-recognition-description = ビジネス インフルエンサーとして、対象製品の顧客による選択に影響を与えた場合に選択します。収益は自社に関連付けられますが、インセンティブは支払われません。
role-use-or-consume-description = 対象ワークロードの顧客による導入と使用を推進し、使用状況インセンティブ、使用状況またはコンピテンシーの達成、またはその両方を希望する場合に選択します。
role-closed-csp = 選択できません: この顧客は CSP で購入しています。Business Applications のロールは、ボリューム ライセンス契約または Web Direct による購入にのみ適用されます。CSP の関連付けは別のプログラムです。

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
status-eligible = 対象
status-rejected = 却下
status-disputed = 異議申し立て中
status-withdrawn = 取り下げ済み

## Why a claim can't move: `$who` is who may act (`partner`, `reviewer`,
## `customer`, `clock`); `$action` the action and `$status` the claim's
## status, as the API spells them; `$date` a date in words; `$reason` a
## rejection reason (`transition-rejection-…`).

transition-not-your-action = この操作を実行できるのは、{ $who ->
    [partner] 申請したパートナー
    [reviewer] Microsoft のレビュー担当者
    [customer] 顧客
   *[clock] 申請の期限処理
}のみです。
transition-wrong-status = 状態が [{ $status ->
    [editing] 編集中
    [submitted] 送信済み
    [under_review] レビュー中
    [partner_action_required] パートナーの対応が必要
    [approved] 承認済み
    [eligible] 対象
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
transition-window-closed = この操作は { $date } まで可能でした。
transition-not-due-yet = { $date } より前には期限になりません。
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
subscription-required = この製品の顧客のサブスクリプションは { $count } 個あります。この申請の対象となるサブスクリプション ID を入力してください。
subscription-product-not-on-tenant = 選択した製品は顧客のテナントに存在しません。
subscription-not-of-product = このサブスクリプションは、顧客のテナントで選択した製品のサブスクリプションではありません。
subscription-not-dynamics = このサブスクリプションは Dynamics 365 製品のものではありません。
subscription-csp = このサブスクリプションは CSP で購入されています。CSP の顧客の関連付けは別のプログラムです。
subscription-not-provisioned = 顧客はまだこのサブスクリプションの製品をアクティブ化またはプロビジョニングしていません。
subscription-provisioned-recently = このサブスクリプションは、プロビジョニングされてから { $days } 日経っていません。{ $date } から申請できます。
subscription-expired-renewed = このサブスクリプションは期限切れです。新しいサブスクリプション ID は { $id } です。新しい ID で新しい申請を作成してください。
subscription-expired = このサブスクリプションは期限切れです。サブスクリプション ID は期限切れになると変わります。新しい ID で新しい申請を作成してください。
subscription-suspended = このサブスクリプションは中断されているか無効になっているため、インセンティブの対象になりません。

## Proof of execution files. `poe-size-…`: a file's size, `$whole` and
## `$tenths` digits (1.2 MB), `$kb` a whole number of kilobytes.

poe-missing = 実行証明の文書を 1 つ以上追加してください。
poe-size-mb = { $whole }.{ $tenths } MB
poe-size-kb = { $kb } KB
poe-name-missing = ファイルに名前がありません。
poe-name-character = ファイル名に{ $char }は使用できません。
poe-no-extension = ファイル名に拡張子がないため、ファイルの種類がわかりません。
poe-type-not-allowed = .{ $extension } ファイルは実行証明として使用できません。
poe-empty = ファイルが空です。
poe-too-large = ファイルのサイズは { $size } です。ファイルは最大 25 MB です。
poe-too-many = 1 件の申請に追加できるファイルは { $max } 個までです。
poe-content-mismatch = ファイル名にかかわらず、ファイルの内容が { $kind } ファイルではありません。
poe-markup = Web ページとスクリプトは、名前にかかわらず実行証明として使用できません。

## The partner program ID.

program-empty = この申請の対象となるパートナー プログラム ID を選択してください。
program-character = パートナー プログラム ID は数字のみです。{ $char }は使用できません。
program-length = パートナー プログラム ID は { $min } ～ { $max } 桁ですが、入力された値は { $digits } 桁です。

## Arbitration: what helps a claim that competes with another partner's.

core-arbitration-evidence = 別のパートナーが既にこれを保持しているか、申請しています。レビュー担当者は各パートナーの実行証明 (最新のものが有効) を比較し、双方に追加の情報を求めることがあります。有効な証拠は、過去 12 か月以内の日付で顧客が署名または承認した最新の文書で、この製品名と実施した作業が記載されているものです。
