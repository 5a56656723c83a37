"""Vietnamese lure phrases (data/lures/vi.toml): each lure category matches its phishing or
scam sentence (written with and without tone marks, formal "quý khách" and informal "bạn"),
and genuine Vietnamese mail (one-time codes with the banks' own warnings, statements, parcel
notices, failed payments, payslips, e-invoices, newsletters, colleagues and family) matches
at most the weak vocabularies (our own sentences).
"""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text

K = load_knowledge()

# Vocabularies a genuine sentence may match: they are no lure by themselves.
WEAK = {
    "call_to_action",
    "sender_role",
    "finance_role",
    "callback_cue",
    "callback_disown",
    "callback_call",
    "attachment_mention",
    "meeting_invite",
    "pay_topic",
    "document_offer",
    "app_channel",
    "qr_scan",
    "awareness",
    "crypto_topic",
    "messenger_app",
}

LURES = [
    # password_expiry
    (
        "Mật khẩu email của bạn sẽ hết hạn hôm nay. Nhấp vào đây để giữ mật khẩu hiện tại.",
        "password_expiry",
    ),
    ("Thông báo hết hạn mật khẩu: mật khẩu hộp thư của quý khách đã hết hạn.", "password_expiry"),
    ("Vui long tiep tuc su dung mat khau hien tai bang cach xac nhan ben duoi.", "password_expiry"),
    # mailbox_full
    (
        "Hộp thư của bạn đã đầy. Bạn sẽ không thể nhận email mới cho đến khi nâng cấp dung lượng "
        "hộp thư.",
        "mailbox_full",
    ),
    ("Có 14 thư đang chờ xử lý trên máy chủ. Giải phóng các thư đang chờ tại đây.", "mailbox_full"),
    ("Dung lượng iCloud của bạn đã đầy, ảnh và video của bạn sẽ bị xóa.", "mailbox_full"),
    ("Tài khoản email của bạn sẽ bị vô hiệu hóa trong 24 giờ tới.", "mailbox_full"),
    # unusual_signin
    ("Chúng tôi phát hiện đăng nhập bất thường vào tài khoản của bạn từ Nga.", "unusual_signin"),
    ("Có người đã cố gắng đăng nhập vào tài khoản Facebook của bạn.", "unusual_signin"),
    ("Tài khoản của quý khách có dấu hiệu bị xâm nhập, vui lòng kiểm tra ngay.", "unusual_signin"),
    # shared_document
    (
        "Nguyễn Văn An đã chia sẻ một tài liệu với bạn: Hợp đồng 2025.pdf. Xem tài liệu được chia "
        "sẻ.",
        "shared_document",
    ),
    ("Bạn đã nhận được một tin nhắn bảo mật mới từ phòng kế toán.", "shared_document"),
    (
        "Bạn có một tin nhắn thoại mới (00:42). Nghe tin nhắn thoại trong tệp đính kèm.",
        "shared_document",
    ),
    # invoice
    (
        "Kính gửi anh chị, đính kèm là các hóa đơn quá hạn của tháng 3, vui lòng thanh toán sớm.",
        "invoice",
    ),
    ("Thông báo điều chỉnh lương năm 2025 của bạn đã có, vui lòng đăng nhập để xem.", "invoice"),
    ("Bản sao SWIFT đính kèm để anh kiểm tra.", "invoice"),
    # scam_bec
    (
        "Kính gửi quý khách, thông tin tài khoản ngân hàng của công ty chúng tôi đã thay đổi. Vui "
        "lòng chuyển vào tài khoản mới dưới đây.",
        "scam_bec",
    ),
    ("Do tài khoản cũ đang bị kiểm toán, đừng chuyển vào tài khoản cũ nữa.", "scam_bec"),
    (
        "Em ơi, mua giúp anh mấy thẻ cào Viettel rồi chụp cho anh mã thẻ nhé, giữ bí mật chuyện "
        "này.",
        "scam_bec",
    ),
    ("Mẹ ơi đây là số điện thoại mới của con, điện thoại của con bị hỏng rồi.", "scam_bec"),
    ("Mình đang kẹt quá, cho mình mượn tạm 5 triệu, mai trả.", "scam_bec"),
    (
        "Xin lỗi, tôi vừa chuyển nhầm tiền vào tài khoản của bạn, vui lòng hoàn trả lại số tiền "
        "chuyển nhầm.",
        "scam_bec",
    ),
    ("Tôi muốn thay đổi tài khoản nhận lương của tôi sang ngân hàng mới.", "scam_bec"),
    # credential
    (
        "Quý khách vui lòng xác thực tài khoản tại đường link sau để tránh bị khóa tài khoản.",
        "credential",
    ),
    ("Vui lòng cập nhật sinh trắc học tại link: https://vcb-sinhtrachoc.top", "credential"),
    ("Hãy đăng nhập bằng email công ty của bạn để xem tài liệu.", "credential"),
    ("Bạn ơi, mình gửi nhầm mã OTP về số bạn, bạn đọc lại mã OTP cho mình với.", "credential"),
    ("Vui long xac minh lai tai khoan cua ban de tiep tuc su dung tai khoan.", "credential"),
    (
        "Cán bộ công an phường sẽ hỗ trợ anh chị kích hoạt định danh điện tử mức 2 qua Zalo.",
        "credential",
    ),
    # urgency
    ("Tài khoản của quý khách sẽ bị khóa sau 24h do chưa cập nhật sinh trắc học.", "urgency"),
    ("Nếu không xác thực ngay, tài khoản của bạn sẽ bị xóa vĩnh viễn.", "urgency"),
    ("Thông báo lần cuối: TK QK se bi khoa trong ngay hom nay.", "urgency"),
    # account_problem
    ("Tài khoản của bạn đã bị tạm khóa do hoạt động đáng ngờ.", "account_problem"),
    ("TK cua QK da bi tam ngung. Vui long lien he de mo khoa.", "account_problem"),
    ("EVN thông báo: hóa đơn tiền điện quá hạn sẽ bị cắt điện trong tối nay.", "account_problem"),
    ("Thẻ tín dụng của quý khách đã bị khóa, vui lòng xác minh để mở lại.", "account_problem"),
    (
        "Trang của bạn đã vi phạm tiêu chuẩn cộng đồng. Nếu đây là nhầm lẫn, vui lòng gửi kháng "
        "nghị tại biểu mẫu.",
        "account_problem",
    ),
    (
        "Trang của bạn đã vi phạm tiêu chuẩn cộng đồng. Nếu đây là nhầm lẫn, vui lòng gửi kháng "
        "nghị tại biểu mẫu.",
        "credential",
    ),
    (
        "Quý khách vừa đăng ký gói vay 20 triệu. Nếu không phải quý khách thực hiện, vui lòng hủy "
        "tại link: vcb-huy.com",
        "credential",
    ),
    ("Cảnh báo: tài khoản của bạn vừa đăng nhập trên thiết bị lạ tại Campuchia.", "unusual_signin"),
    # scam_prize
    (
        "Chúc mừng quý khách đã trúng thưởng một chiếc xe SH. Vui lòng nộp phí nhận thưởng "
        "2.000.000đ.",
        "scam_prize",
    ),
    (
        "Quý khách có 18.237 điểm thưởng, đủ để đổi iPhone 15. Điểm thưởng sắp hết hạn, vui lòng "
        "đổi trước.",
        "scam_prize",
    ),
    ("Bạn là khách hàng may mắn! Chỉ cần thanh toán phí vận chuyển để nhận quà.", "scam_prize"),
    # scam_advance_fee
    (
        "Tôi là một góa phụ, người chồng quá cố của tôi để lại 5,5 triệu đô la Mỹ và tôi muốn "
        "quyên góp cho bạn số tiền này.",
        "scam_advance_fee",
    ),
    (
        "Khách hàng của tôi đã qua đời mà không để lại di chúc và không có người thừa kế.",
        "scam_advance_fee",
    ),
    (
        "Hồ sơ vay đã duyệt nhưng anh chị nhập sai số tài khoản nên không thể giải ngân, cần nộp "
        "phí mở khóa để giải ngân.",
        "scam_advance_fee",
    ),
    # scam_crypto
    (
        "Sàn giao dịch uy tín, cam kết lợi nhuận 30% mỗi tháng, thu nhập thụ động với bot giao "
        "dịch.",
        "scam_crypto",
    ),
    ("Vui lòng xác nhận cụm từ khôi phục của ví để tránh mất tài sản.", "scam_crypto"),
    (
        "Tài khoản của bạn bị đóng băng do nhập sai số tài khoản, cần nạp thêm tiền để rút.",
        "scam_crypto",
    ),
    # scam_delivery
    (
        "Bưu kiện của bạn đang bị tạm giữ tại kho do địa chỉ không đầy đủ. Vui lòng cập nhật địa "
        "chỉ tại link bên dưới.",
        "scam_delivery",
    ),
    ("Bạn cần thanh toán phí hải quan để nhận bưu phẩm từ nước ngoài.", "scam_delivery"),
    ("Người mua đã thanh toán qua Chợ Tốt, bạn nhập thông tin thẻ để nhận tiền.", "scam_delivery"),
    # scam_sextortion
    (
        "Tôi đã hack thiết bị của bạn và quay video bạn qua camera của bạn khi bạn xem trang web "
        "người lớn. "
        "Nếu không chuyển Bitcoin, tôi sẽ gửi cho tất cả danh bạ của bạn.",
        "scam_sextortion",
    ),
    # scam_casino
    ("Nhà cái uy tín số 1, thưởng nạp đầu 100%, nổ hũ và cá cược bóng đá mỗi ngày.", "scam_casino"),
    # scam_tech_support
    (
        "Cảnh báo: máy tính của bạn đã bị nhiễm virus. Gói bảo vệ của bạn đã hết hạn.",
        "scam_tech_support",
    ),
    # scam_dating
    (
        "Chào anh, em thấy hồ sơ của anh trên trang hẹn hò. Em đang tìm người đàn ông nghiêm túc.",
        "scam_dating",
    ),
    ("Anh là bác sĩ quân đội Mỹ đang làm nhiệm vụ gìn giữ hòa bình ở Syria.", "scam_dating"),
    # scam_pharma
    ("Thuốc cường dương chính hãng, trị dứt điểm xuất tinh sớm, không cần kê đơn.", "scam_pharma"),
    # scam_health
    (
        "Bác sĩ cũng sốc: mẹo đơn giản này giúp dứt điểm tiểu đường, không có tác dụng phụ.",
        "scam_health",
    ),
    # scam_legal_threat
    (
        "Đây là Công an TP. Số điện thoại của bạn có liên quan đến đường dây rửa tiền. "
        "Bạn phải chuyển toàn bộ số tiền vào tài khoản tạm giữ để xác minh.",
        "scam_legal_threat",
    ),
    (
        "Phương tiện của bạn có lỗi phạt nguội chưa nộp, nộp phạt qua đường link để tránh bị tạm "
        "giữ xe.",
        "scam_legal_threat",
    ),
    # scam_marketing
    (
        "Vay tiền online chỉ cần CCCD, không cần thẩm định, hỗ trợ nợ xấu, giải ngân trong ngày.",
        "scam_marketing",
    ),
    # scam_job
    (
        "Tuyển cộng tác viên việc nhẹ lương cao: like video nhận tiền, làm nhiệm vụ nhận hoa hồng.",
        "scam_job",
    ),
    # scam_benefit
    (
        "Cục Thuế thông báo: bạn đủ điều kiện nhận hoàn thuế. Nhận tiền hoàn thuế qua đường link.",
        "scam_benefit",
    ),
    (
        "Khoản trợ cấp dành cho bạn đã được duyệt, xác nhận số tài khoản để nhận tiền hỗ trợ.",
        "scam_benefit",
    ),
]

# Everyday Vietnamese mail: none of it may match more than the weak vocabularies.
GENUINE = [
    # one-time codes, with the banks' own warnings
    "Mã OTP của Quý khách là 482913, có hiệu lực trong 2 phút. Tuyệt đối KHÔNG cung cấp mã OTP "
    "cho bất kỳ ai, kể cả nhân viên ngân hàng.",
    "Vietcombank: Ma xac thuc (OTP) cua Quy khach la 558120. KHONG chia se ma OTP voi bat ky ai.",
    "Mã xác thực tài khoản của bạn là 331907. Mã có hiệu lực trong 5 phút. Nếu bạn không yêu cầu "
    "mã này, hãy bỏ qua email.",
    "Vietcombank không bao giờ yêu cầu Quý khách cung cấp mật khẩu, mã OTP hay cập nhật thông tin "
    "qua đường link trong tin nhắn.",
    "Ngân hàng không gửi tin nhắn yêu cầu khách hàng cập nhật sinh trắc học qua đường link. Quý "
    "khách vui lòng không truy cập các đường link lạ.",
    "Lưu ý: không cung cấp số thẻ và mã OTP cho bất kỳ ai, không đăng nhập tại các trang web lạ.",
    "Để bảo vệ tài khoản, Quý khách vui lòng cập nhật sinh trắc học trên ứng dụng VCB Digibank "
    "trước ngày 01/01/2025.",
    "Tài khoản VCB Digibank của Quý khách vừa được đăng nhập trên thiết bị mới iPhone 15 lúc "
    "10:20. Nếu không phải Quý khách thực hiện, vui lòng gọi hotline 1900 545413.",
    # statements and bank documents
    "Sao kê tài khoản tháng 5/2025 của Quý khách đã sẵn sàng. Vui lòng nhập mật khẩu là ngày sinh "
    "của Quý khách để mở file.",
    "Thông báo biến động số dư: TK 0123456789 -500,000 VND lúc 09:15 12/06. Số dư: 12,345,000 VND.",
    "Sao kê thẻ tín dụng kỳ tháng 6: tổng dư nợ 4.250.000đ, hạn thanh toán ngày 25/06. Quý khách "
    "có thể thanh toán trên ứng dụng.",
    "Thẻ mới của Quý khách đã được phát hành. Thẻ cũ sẽ bị khóa khi Quý khách kích hoạt thẻ mới.",
    "Giao dịch chuyển khoản thành công: 2.000.000 VND đến NGUYEN VAN AN, nội dung: tien nha thang "
    "6.",
    # parcels and orders
    "Đơn hàng #250612ABC của bạn đang được giao. Shipper sẽ liên hệ với bạn trong hôm nay.",
    "Đơn hàng giao không thành công do không liên lạc được với người nhận. Chúng tôi sẽ giao lại "
    "vào ngày mai.",
    "Bưu phẩm của bạn đang được giữ tại bưu cục Cầu Giấy, vui lòng mang CCCD đến nhận trong 7 "
    "ngày, sau đó hàng sẽ được hoàn về người gửi.",
    "Cảm ơn bạn đã đặt hàng! Đơn hàng sẽ được giao trong vòng 24 giờ. Vui lòng chuẩn bị 250.000đ "
    "để thanh toán khi nhận hàng.",
    "Đơn hàng của bạn sẽ bị hủy nếu không thanh toán trong 24 giờ.",
    # failed payments
    "Thanh toán cho gói Premium tháng này không thành công. Chúng tôi sẽ thử lại sau 3 ngày. Vui "
    "lòng cập nhật phương thức thanh toán trong phần cài đặt tài khoản.",
    "Giao dịch không thành công do số dư không đủ. Quý khách vui lòng kiểm tra lại.",
    "Chúng tôi không thể xử lý khoản thanh toán của bạn. Vui lòng cập nhật thông tin thanh toán "
    "để tiếp tục xem không gián đoạn.",
    # payslips and HR
    "Phiếu lương tháng 5 của bạn đã có trên cổng nhân sự. Mọi thắc mắc vui lòng liên hệ phòng "
    "nhân sự.",
    "Gửi anh chị bảng lương tháng 6 trong file đính kèm, mật khẩu mở file là mã nhân viên.",
    "Công ty thông báo lịch chi trả thưởng Tết vào ngày 20 tháng Chạp.",
    # invoices and suppliers
    "Kính gửi Quý khách, VNPT-Invoice xin gửi hóa đơn điện tử số 0001234. Quý khách vui lòng truy "
    "cập đường link sau để tra cứu và tải hóa đơn.",
    "Chào chị, em gửi báo giá và hợp đồng đính kèm, chị xem giúp em nhé. Thanh toán chuyển khoản "
    "trong 30 ngày.",
    "Nhắc nhở: hóa đơn số 5512 ngày 01/03 chưa được thanh toán. Nếu đã thanh toán, vui lòng bỏ "
    "qua email này.",
    "EVN thông báo tiền điện kỳ tháng 6: 512.300đ. Quý khách có thể thanh toán qua ứng dụng ngân "
    "hàng.",
    "Lịch tạm ngừng cung cấp điện ngày 15/06 từ 7h đến 11h để bảo dưỡng lưới điện.",
    "Gửi anh ủy nhiệm chi thanh toán hóa đơn tháng 5, anh kiểm tra giúp em.",
    # newsletters and notices
    "Ưu đãi hết hạn hôm nay! Giảm 50% toàn bộ sản phẩm, miễn phí vận chuyển cho đơn từ 300k.",
    "Danh sách khách hàng trúng thưởng chương trình Tiết kiệm may mắn đã công bố trên website.",
    "Tri ân khách hàng: tặng voucher 100k cho 1000 khách hàng may mắn đầu tiên.",
    "Điểm thưởng của bạn sẽ hết hạn vào 31/12. Đổi quà ngay trên ứng dụng.",
    "Bản tin: 5 cách phòng tránh lừa đảo trực tuyến, cảnh giác với tin nhắn giả mạo ngân hàng.",
    "Bài viết tuần này: chế độ ăn cho người bị tiểu đường và đau khớp.",
    "Chúc mừng bạn đã đăng ký thành công! Vui lòng xác nhận địa chỉ email của bạn.",
    "Cảm ơn bạn đã liên hệ, chúng tôi sẽ phản hồi trong vòng 24 giờ.",
    "Startup Việt vừa gọi vốn thành công 10 triệu USD trong vòng Series A.",
    # colleagues
    "Anh ơi, em đã chia sẻ file báo cáo trong thư mục chung, anh xem giúp em trước thứ Sáu nhé.",
    "Mời anh chị tham gia cuộc họp Microsoft Teams lúc 10h thứ Năm. Bấm vào đây để tham gia cuộc "
    "họp.",
    "Anh đang họp, chiều anh gọi lại cho em nhé.",
    "Em có đang ở văn phòng không? Chị gửi tài liệu qua nhé.",
    "Chị gửi em hồ sơ dự thầu, em kiểm tra và ký giúp chị trang cuối.",
    # family and friends
    "Mẹ ơi, con về tới nhà rồi. Tối con gọi mẹ nhé.",
    "Bố nhớ uống thuốc huyết áp đều đặn nhé, cuối tuần con về.",
    "Chúc mừng sinh nhật em! Chúc em tuổi mới nhiều niềm vui.",
    "Ảnh đám cưới mình gửi trong link Google Photos, bạn xem rồi tải về nhé.",
    "Tuần sau nhà mình đi Đà Lạt, con nhớ chuẩn bị áo ấm.",
    # near misses
    "Ông ấy là một người trung thực và tốt bụng.",
    "Tài khoản Zalo của tôi dùng số điện thoại cũ.",
    "Hệ thống sẽ bảo trì từ 0h đến 2h, trong thời gian này bạn không thể đăng nhập.",
    "Vì lý do bảo mật, bạn nên đổi mật khẩu định kỳ.",
    "Thông báo: văn phòng nghỉ lễ từ 30/4 đến 1/5.",
    "Tải ứng dụng qua App Store hoặc Google Play.",
    "Con bị tai nạn nhẹ ở trường nhưng không sao, mẹ đừng lo.",
    "Công ty mình vừa chuyển văn phòng sang tòa nhà mới.",
    "Đã nhận được tiền, cảm ơn anh.",
    "Chương trình khảo sát sự hài lòng của khách hàng, mời bạn dành 2 phút trả lời.",
    "Xem video hướng dẫn sử dụng sản phẩm trên kênh YouTube của chúng tôi.",
    # near misses: the folding makes "hãy" the "or" of a list, "dễ" the "để" of a request
    "Ngân hàng không yêu cầu cung cấp mật khẩu, mã OTP hay xác thực tài khoản qua đường link.",
    "Ứng dụng mới giúp người dân dễ xác minh danh tính khi làm thủ tục hành chính.",
    "Đăng ký miễn phí, nhận quà tại cửa hàng gần nhất.",
    "Chúc mừng bạn đã trúng tuyển vào Đại học Bách khoa Hà Nội!",
    "Chúc mừng bạn đã được chọn vào vòng phỏng vấn thứ hai.",
    "Quét mã QR bằng camera của bạn để tải ứng dụng.",
    "Em gửi giúp chị trước thứ Sáu nhé, cảm ơn em.",
    "Chúng tôi đã gửi nhầm mã giảm giá, mã đúng là SALE50.",
    "Bạn có 48 giờ để đổi trả sản phẩm nếu không hài lòng.",
    "Nếu bạn hủy đăng ký, bạn sẽ không nhận được email mới từ chúng tôi.",
    "Chính sách bảo mật: chúng tôi áp dụng biện pháp ngăn chặn truy cập trái phép vào dữ liệu.",
    "Khu vực phường Dịch Vọng sẽ bị cắt điện từ 8h đến 12h ngày mai để sửa chữa.",
    "Vui lòng cập nhật thông tin tại link Google Form để phòng nhân sự làm hợp đồng.",
    "Anh chị tải ứng dụng chấm công qua đường link sau.",
    "Quỹ mở của chúng tôi không cam kết lợi nhuận, nhà đầu tư cần cân nhắc rủi ro.",
    "Bí quyết xây dựng thu nhập thụ động bằng cổ tức.",
    "Mẹ ơi, chuẩn bị sinh nhật bất ngờ cho bố, giữ bí mật chuyện này nhé.",
    "Mời anh chị gửi lời mời đến tất cả bạn bè và người thân.",
    "Nhận 5 lượt quay may mắn miễn phí khi mua hàng.",
    "Ưu đãi 50% khi nạp lần đầu vào ví điện tử.",
    "Bác sĩ quân y bệnh viện 108 tư vấn sức khỏe miễn phí.",
    "Mẹo đơn giản để tiết kiệm điện mùa hè.",
    "Thuốc này không gây tác dụng phụ nghiêm trọng, nhưng cần uống sau ăn.",
    "Bệnh viện không cần kê đơn cho các thuốc thông thường.",
    "Thông báo giấy triệu tập thí sinh trúng tuyển nhập học năm 2025.",
    "Quà tặng của bạn đang chờ! Đổi ngay tại cửa hàng.",
    "Điểm thưởng của bạn sắp hết hạn, vui lòng sử dụng trước 31/12.",
    "Mười khách hàng được chọn ngẫu nhiên để nhận quà sẽ được thông báo trên fanpage.",
    "Gói cước của quý khách sẽ được gia hạn tự động vào ngày 15.",
    "Mở tài khoản online chỉ cần CCCD, miễn phí chuyển khoản trọn đời.",
    "Đơn hàng sẽ tự động hủy sau 24 giờ nếu không thanh toán.",
    "Khách hàng được khiếu nại trong vòng 24 giờ kể từ khi nhận hàng.",
    "Nếu không cập nhật kịp thời, giao dịch trực tuyến sẽ tạm dừng theo quy định.",
    "Chứng chỉ bảo mật SSL của website đã được gia hạn thành công.",
    "Nhấp vào đây để xác minh địa chỉ email của bạn.",
    "Phí bảo hiểm khoản vay được thu trước khi giải ngân theo hợp đồng.",
    "Xe nó hư rồi nên con đi Grab về nhé mẹ.",
    "Nếu phát hiện đăng nhập trên thiết bị lạ, bạn nên đổi mật khẩu ngay.",
    "Để hủy dịch vụ, quý khách vui lòng liên hệ tổng đài hoặc ra quầy giao dịch.",
    "Câu hỏi thường gặp: nếu tài khoản của bạn bị khóa do nhập sai mật khẩu, vui lòng liên hệ "
    "tổng đài.",
    "Mua tài khoản vĩnh viễn phần mềm diệt virus với giá ưu đãi.",
    "Theo yêu cầu của bạn, dữ liệu của bạn sẽ bị xóa sau 30 ngày.",
    "Cơ quan công an không yêu cầu người dân chuyển tiền vào tài khoản tạm giữ để xác minh.",
    "Trường hợp người qua đời không để lại di chúc, di sản được chia theo pháp luật.",
    "Đừng bao giờ nhập cụm từ khôi phục vào bất kỳ website nào.",
    "Máy tính của bạn bị khóa màn hình sau 5 phút không sử dụng.",
    "Quý khách không nhấp vào link để xác thực tài khoản, không mở khóa tài khoản qua đường link "
    "trong tin nhắn.",
    "Ngân hàng không yêu cầu đăng nhập để xác thực tài khoản hay hủy dịch vụ qua đường link.",
    "Công an không gọi điện hỗ trợ bạn kích hoạt định danh điện tử.",
    "Meta không yêu cầu kháng nghị qua đường link gửi trong tin nhắn.",
    "Ví điện tử không bao giờ yêu cầu bạn xác nhận cụm từ bí mật hay khóa riêng tư.",
]

# A "please not" or the bank's own voice keeps the request from being one.
NEGATED = [
    "Quý khách vui lòng không cung cấp mã OTP và không truy cập đường link lạ.",
    "Ngân hàng không yêu cầu khách hàng xác thực tài khoản qua đường link.",
    "Công an không hỗ trợ người dân kích hoạt định danh điện tử qua điện thoại.",
]


def vi_matches(text: str) -> list[tuple[str, str]]:
    return [(m.category, m.phrase) for m in lures_in_text(text, K) if m.language == "vi"]


@pytest.mark.parametrize(("text", "category"), LURES)
def test_the_lure_matches_its_category(text: str, category: str) -> None:
    assert category in {c for c, _ in vi_matches(text)}, vi_matches(text)


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_mail_matches_only_weak_vocabularies(text: str) -> None:
    strong = {c for c, _ in vi_matches(text)} - WEAK
    assert not strong, vi_matches(text)


@pytest.mark.parametrize("text", NEGATED)
def test_a_warning_is_no_request(text: str) -> None:
    assert not {c for c, _ in vi_matches(text)} - WEAK, vi_matches(text)


def test_every_lure_category_is_exercised() -> None:
    categories = {lure.category for lure in K.lures if lure.language == "vi"}
    assert categories - WEAK <= {c for _, c in LURES}
