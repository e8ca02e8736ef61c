"""Demo stories for Pháp luật. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "phap-luat"

SEEDS = (
    Seed(
        key="tin-dung-den",
        count=3,
        tags=(
            "tín dụng đen",
            "cho vay lãi nặng",
            "công an",
            "người lao động",
        ),
        nums={"doi_tuong": "5-14", "lai": "180-720/10", "ty": "3.5-28.0"},
        titles=(
            "Triệt phá đường dây cho vay lãi nặng tới {lai}%/năm ở {place}",
            "Công nhân “sập bẫy” tín dụng đen: vay ít, trả mãi không hết",
            "Bắt {doi_tuong} đối tượng trong đường dây tín dụng đen nhắm vào người lao động",
        ),
        leads=(
            (
                "Công an thành phố Hà Nội vừa triệt phá đường dây cho vay lãi nặng với lãi "
                "suất lên tới {lai}%/năm, bắt giữ {doi_tuong} đối tượng; nhiều người vay là "
                "công nhân, tiểu thương."
            ),
            (
                "Chỉ cần căn cước và số điện thoại người thân, nhiều công nhân đã vay được "
                "tiền ngay trong ngày, nhưng rồi rơi vào vòng xoáy nợ nần, bị đe dọa, khủng "
                "bố tinh thần."
            ),
        ),
        openings=(
            (
                "Theo cơ quan công an, đường dây do {a.viettat} ({a.tuoi} tuổi) cầm đầu, "
                "hoạt động dưới vỏ bọc công ty tư vấn tài chính ở {place}. Các đối tượng dán "
                "tờ rơi, đăng quảng cáo “vay nhanh, không thế chấp” tại các khu nhà trọ công "
                "nhân."
            ),
            (
                "Từ đầu năm, các đối tượng trong đường dây đã cho hàng trăm lượt người vay "
                "với tổng số tiền giải ngân khoảng {ty} tỷ đồng, thu lợi bất chính hàng tỷ "
                "đồng tiền lãi."
            ),
        ),
        paragraphs=(
            (
                "Người vay chỉ cần cung cấp căn cước, số điện thoại người thân là được giải "
                "ngân, nhưng bị trừ trước tiền phí và tiền lãi. Khi chậm trả, họ bị nhắn tin "
                "đe dọa, bị gọi điện làm phiền người thân, thậm chí bị ném chất bẩn vào nhà."
            ),
            (
                "{b.Anh} {b.name}, công nhân ở {place}, kể: “Tôi vay 10 triệu đồng để gửi về "
                "quê chữa bệnh cho mẹ, mỗi ngày phải góp gần 300 nghìn. Trả mấy tháng vẫn "
                "chưa hết, họ còn gọi điện cho cả tổ trưởng ở công ty”."
            ),
            (
                "Khám xét các địa điểm liên quan, cơ quan công an thu giữ nhiều sổ sách ghi "
                "chép vay nợ, điện thoại, máy tính và tiền mặt. Các đối tượng bị khởi tố về "
                "tội cho vay lãi nặng trong giao dịch dân sự."
            ),
            (
                "Cơ quan công an khuyến cáo người lao động khi cần vay tiền nên tìm đến ngân "
                "hàng, tổ chức tín dụng hợp pháp hoặc các chương trình vay ưu đãi của Công "
                "đoàn, Ngân hàng Chính sách xã hội; tuyệt đối không vay qua tờ rơi, ứng dụng "
                "không rõ nguồn gốc."
            ),
        ),
        captions=(
            "Tang vật trong vụ án cho vay lãi nặng ở {place}.",
            "Tờ rơi quảng cáo cho vay dán tại khu trọ công nhân.",
        ),
    ),
    Seed(
        key="hang-gia",
        count=3,
        tags=(
            "hàng giả",
            "quản lý thị trường",
            "người tiêu dùng",
            "thương mại điện tử",
        ),
        nums={"sp": "2000-15000/100"},
        picks={"hang": "mỹ phẩm|thực phẩm chức năng|giày dép"},
        titles=(
            "Thu giữ {sp} sản phẩm {hang} nghi giả tại kho hàng ở {place}",
            "Phát hiện kho {hang} không rõ nguồn gốc ở {place}",
            "Quản lý thị trường Hà Nội mạnh tay với {hang} giả bán qua mạng",
        ),
        leads=(
            (
                "Lực lượng quản lý thị trường vừa kiểm tra một kho hàng ở {place}, phát hiện "
                "và tạm giữ khoảng {sp} sản phẩm {hang} có dấu hiệu giả mạo nhãn hiệu, không "
                "rõ nguồn gốc."
            ),
            (
                "Hàng nghìn sản phẩm {hang} không hóa đơn, chứng từ vừa bị phát hiện tại một "
                "kho hàng ở {place}, chủ yếu được bán qua mạng xã hội."
            ),
        ),
        openings=(
            (
                "{Buoi}, lực lượng quản lý thị trường phối hợp với công an kiểm tra một kho "
                "hàng ở {place}. Tại thời điểm kiểm tra, kho đang chứa khoảng {sp} sản phẩm "
                "{hang} các loại."
            ),
            (
                "Từ phản ánh của người tiêu dùng, lực lượng quản lý thị trường đã theo dõi "
                "một tài khoản bán {hang} trên mạng xã hội với giá rẻ bất thường, rồi lần ra "
                "kho hàng ở {place}."
            ),
        ),
        paragraphs=(
            (
                "Qua kiểm tra, chủ hàng không xuất trình được hóa đơn, chứng từ chứng minh "
                "nguồn gốc. Nhiều sản phẩm mang nhãn hiệu nổi tiếng nhưng có dấu hiệu giả "
                "mạo, nhãn phụ tiếng Việt in sơ sài."
            ),
            (
                "Người đứng tên thuê kho là {a.viettat} ({a.tuoi} tuổi) khai nhận nhập hàng "
                "trôi nổi qua các đầu mối không rõ danh tính, sau đó đóng gói lại và bán qua "
                "mạng xã hội, giao hàng qua dịch vụ vận chuyển."
            ),
            (
                "Lực lượng chức năng đã lập biên bản, tạm giữ toàn bộ số hàng để xác minh, "
                "xử lý theo quy định. Nếu xác định là hàng giả, vụ việc sẽ được chuyển cơ "
                "quan điều tra xử lý hình sự."
            ),
            (
                "Theo {b.ong} {b.name}, đại diện lực lượng quản lý thị trường, người tiêu "
                "dùng nên mua hàng tại cửa hàng, trang bán hàng chính hãng; cảnh giác với "
                "sản phẩm có giá rẻ bất thường, không có tem nhãn, hóa đơn rõ ràng."
            ),
        ),
        captions=(
            "Lực lượng quản lý thị trường kiểm tra kho hàng ở {place}.",
            "Số hàng hóa không rõ nguồn gốc bị tạm giữ.",
        ),
    ),
    Seed(
        key="tu-van-nghi-viec",
        count=1,
        tags=(
            "tư vấn pháp luật",
            "Bộ luật Lao động",
            "hợp đồng lao động",
            "người lao động",
        ),
        titles=("Nghỉ việc không báo trước, người lao động có bị mất quyền lợi?",),
        leads=(
            (
                "Bạn đọc {a.name} ({place}) hỏi: Tôi làm việc theo hợp đồng lao động xác "
                "định thời hạn 24 tháng, nay muốn nghỉ việc gấp vì lý do gia đình. Nếu không "
                "báo trước, tôi có bị mất quyền lợi gì không?"
            ),
        ),
        openings=(
            (
                "Luật sư {b.name}, Văn phòng Tư vấn pháp luật của LĐLĐ thành phố Hà Nội trả "
                "lời: Theo Bộ luật Lao động năm 2019, người lao động có quyền đơn phương "
                "chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động "
                "một khoảng thời gian nhất định, tùy theo loại hợp đồng."
            ),
        ),
        paragraphs=(
            (
                "!Với hợp đồng lao động xác định thời hạn từ 12 tháng đến 36 tháng, thời hạn "
                "báo trước ít nhất là 30 ngày. Với hợp đồng không xác định thời hạn, thời "
                "hạn báo trước ít nhất là 45 ngày."
            ),
            (
                "!Người lao động được nghỉ việc không cần báo trước trong một số trường hợp "
                "như: không được bố trí đúng công việc, địa điểm làm việc đã thỏa thuận; "
                "không được trả đủ lương hoặc trả lương không đúng thời hạn; bị ngược đãi, "
                "quấy rối tình dục tại nơi làm việc."
            ),
            (
                "!Nếu nghỉ việc trái pháp luật, người lao động sẽ không được hưởng trợ cấp "
                "thôi việc, phải bồi thường cho người sử dụng lao động nửa tháng tiền lương "
                "và một khoản tiền tương ứng với tiền lương trong những ngày không báo "
                "trước; nếu được đào tạo bằng kinh phí của doanh nghiệp thì phải hoàn trả "
                "chi phí đào tạo."
            ),
            (
                "!Vì vậy, bạn nên trao đổi với doanh nghiệp để hai bên thỏa thuận chấm dứt "
                "hợp đồng. Khi có sự thỏa thuận, việc chấm dứt hợp đồng là hợp pháp và bạn "
                "vẫn được hưởng đầy đủ các quyền lợi theo quy định."
            ),
        ),
        endings=(
            (
                "Nếu cần được tư vấn thêm, bạn có thể liên hệ Văn phòng Tư vấn pháp luật của "
                "Công đoàn hoặc Công đoàn cơ sở nơi mình làm việc để được hướng dẫn miễn "
                "phí."
            ),
        ),
        captions=(
            "Luật sư tư vấn pháp luật lao động cho đoàn viên công đoàn.",
            "Người lao động tìm hiểu quy định của Bộ luật Lao động.",
        ),
    ),
    Seed(
        key="tu-van-cham-luong",
        count=1,
        tags=(
            "tư vấn pháp luật",
            "Bộ luật Lao động",
            "tiền lương",
            "người lao động",
        ),
        titles=("Bị công ty chậm trả lương, người lao động nên làm gì?",),
        leads=(
            (
                "Bạn đọc {a.name} ({place}) hỏi: Công ty tôi đã chậm trả lương hai tháng, "
                "lãnh đạo chỉ hứa sẽ trả khi có tiền. Tôi cần làm gì để đòi quyền lợi của "
                "mình?"
            ),
        ),
        openings=(
            (
                "Luật sư {b.name}, Văn phòng Tư vấn pháp luật của LĐLĐ thành phố Hà Nội trả "
                "lời: Theo Bộ luật Lao động năm 2019, người sử dụng lao động phải trả lương "
                "đầy đủ, đúng hạn cho người lao động. Trường hợp vì lý do bất khả kháng mà "
                "không thể trả đúng hạn thì không được chậm quá 30 ngày."
            ),
        ),
        paragraphs=(
            (
                "!Nếu trả lương chậm từ 15 ngày trở lên, người sử dụng lao động phải đền bù "
                "cho người lao động một khoản tiền ít nhất bằng số tiền lãi của số tiền trả "
                "chậm, tính theo lãi suất huy động tiền gửi có kỳ hạn 1 tháng do ngân hàng "
                "nơi doanh nghiệp mở tài khoản trả lương công bố."
            ),
            (
                "!Người lao động không được trả đủ lương hoặc trả lương không đúng thời hạn "
                "có quyền đơn phương chấm dứt hợp đồng lao động mà không cần báo trước."
            ),
            (
                "!Trước hết, bạn nên phản ánh với Công đoàn cơ sở để Công đoàn đại diện "
                "người lao động đối thoại với doanh nghiệp. Nếu doanh nghiệp chưa có Công "
                "đoàn, bạn có thể đề nghị Công đoàn cấp trên hoặc hòa giải viên lao động hỗ "
                "trợ."
            ),
            (
                "!Trường hợp hòa giải không thành, bạn có quyền gửi đơn đến cơ quan quản lý "
                "nhà nước về lao động hoặc khởi kiện tại Tòa án để yêu cầu doanh nghiệp trả "
                "lương và tiền lãi do chậm trả. Khi khởi kiện đòi tiền lương, người lao động "
                "được miễn án phí."
            ),
        ),
        endings=(
            (
                "Bạn nên lưu giữ đầy đủ hợp đồng lao động, bảng lương, tin nhắn và các văn "
                "bản liên quan đến việc chậm trả lương để làm căn cứ khi cần bảo vệ quyền "
                "lợi."
            ),
        ),
        captions=(
            "Luật sư tư vấn cho người lao động về quyền lợi khi bị chậm trả lương.",
            "Công đoàn đối thoại với doanh nghiệp về việc trả lương cho người lao động.",
        ),
    ),
)
