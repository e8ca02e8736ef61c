"""Demo stories for Thời sự. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "thoi-su"

SEEDS = (
    Seed(
        key="trat-tu",
        count=3,
        tags=(
            "trật tự đô thị",
            "vỉa hè",
            "Hà Nội",
            "văn minh đô thị",
        ),
        nums={"tuyen": "12-35", "vp": "80-260"},
        titles=(
            "{pho} ra quân lập lại trật tự vỉa hè trên {tuyen} tuyến phố",
            "Trả lại vỉa hè cho người đi bộ: {pho} làm đến đâu, chắc đến đó",
            "Xử lý {vp} trường hợp lấn chiếm vỉa hè, lòng đường ở {pho}",
        ),
        leads=(
            (
                "Lực lượng chức năng ở {pho} đã kiểm tra, xử lý {vp} trường hợp lấn chiếm "
                "vỉa hè, lòng đường, đồng thời vận động các hộ kinh doanh ký cam kết không "
                "tái phạm."
            ),
            (
                "Sau đợt ra quân, nhiều tuyến phố ở {pho} đã thông thoáng trở lại; chính "
                "quyền cam kết duy trì thường xuyên, tránh tình trạng “dẹp rồi lại đâu vào "
                "đấy”."
            ),
        ),
        openings=(
            (
                "{Buoi}, chính quyền ở {pho} tổ chức ra quân lập lại trật tự đô thị trên "
                "{tuyen} tuyến phố, tập trung vào các điểm thường xuyên bị lấn chiếm để kinh "
                "doanh, trông giữ xe trái phép."
            ),
            (
                "Những ngày này, trên nhiều tuyến phố ở {pho}, các tổ công tác liên ngành "
                "đến từng nhà, nhắc nhở các hộ kinh doanh thu dọn hàng hóa, biển quảng cáo "
                "lấn ra vỉa hè."
            ),
        ),
        paragraphs=(
            (
                "Qua kiểm tra, lực lượng chức năng đã lập biên bản {vp} trường hợp vi phạm, "
                "tạm giữ nhiều biển quảng cáo, bàn ghế, ô dù. Phần lớn hộ kinh doanh chấp "
                "hành, tự tháo dỡ mái che, mái vẩy."
            ),
            (
                "{nu.Anh} {nu.name}, chủ một quán ăn, cho biết ban đầu cũng lo ảnh hưởng đến "
                "việc buôn bán. “Nhưng nghĩ lại, vỉa hè là của chung, để khách đi lại thuận "
                "tiện thì quán cũng sạch đẹp hơn”, {nu.anh} {nu.ten} nói."
            ),
            (
                "Song song với xử lý vi phạm, địa phương kẻ vạch phân định phần vỉa hè dành "
                "cho người đi bộ, bố trí một số điểm trông giữ xe có thu phí theo quy định "
                "tại những tuyến phố đủ điều kiện."
            ),
            (
                "Theo {a.ong} {a.name}, lãnh đạo chính quyền địa phương, khó nhất là duy trì "
                "kết quả. Địa phương giao trách nhiệm cụ thể cho từng tổ dân phố, gắn kết "
                "quả giữ gìn trật tự với việc bình xét danh hiệu gia đình văn hóa."
            ),
            (
                "Người dân có thể phản ánh tình trạng lấn chiếm qua đường dây nóng hoặc ứng "
                "dụng trên điện thoại; phản ánh được chuyển ngay đến tổ công tác phụ trách "
                "địa bàn để xử lý."
            ),
        ),
        captions=(
            "Lực lượng chức năng ở {pho} nhắc nhở hộ kinh doanh lấn chiếm vỉa hè.",
            "Một tuyến phố thông thoáng sau đợt ra quân.",
        ),
    ),
    Seed(
        key="nuoc-sach",
        count=3,
        tags=(
            "nước sạch",
            "nông thôn",
            "Hà Nội",
            "hạ tầng",
        ),
        nums={"ho": "1200-6500/10", "km": "15-60", "pct": "85-99"},
        titles=(
            "Thêm {ho} hộ dân ở {ngoai} được dùng nước sạch",
            "Nước sạch về thôn, người dân {ngoai} thôi dùng giếng khoan",
            "Đẩy nhanh phủ mạng nước sạch cho khu vực {ngoai}",
        ),
        leads=(
            (
                "Sau khi hoàn thành {km}km đường ống, thêm khoảng {ho} hộ dân ở {ngoai} đã "
                "được đấu nối, sử dụng nước sạch; tỷ lệ hộ dùng nước sạch trên địa bàn đạt "
                "khoảng {pct}%."
            ),
            (
                "Nhiều năm dùng nước giếng khoan nhiễm đá vôi, người dân ở {ngoai} nay đã "
                "được dùng nước máy đạt chuẩn, yên tâm hơn về sức khỏe."
            ),
        ),
        openings=(
            (
                "Theo đơn vị cấp nước, từ {buoi}, tuyến ống phân phối dài {km}km ở {ngoai} "
                "đã được đưa vào vận hành, cấp nước cho khoảng {ho} hộ dân tại các thôn, xóm "
                "trước đây phải dùng giếng khoan."
            ),
            (
                "Ở nhiều thôn của {ngoai}, chiếc bể lọc bằng cát, sỏi từng là vật dụng không "
                "thể thiếu của mỗi gia đình. Nay những chiếc bể ấy dần bỏ không khi nước máy "
                "đã về tận ngõ."
            ),
        ),
        paragraphs=(
            (
                "{a.Ong} {a.name}, một người dân trong thôn, kể: “Nước giếng nhà tôi có mùi "
                "tanh, đun sôi vẫn đóng cặn trắng ấm. Cả nhà mong nước sạch mấy năm nay. Giờ "
                "mở vòi là có nước trong, sinh hoạt thoải mái hơn hẳn”."
            ),
            (
                "Để người dân hưởng ứng, đơn vị cấp nước hỗ trợ một phần chi phí lắp đặt "
                "đồng hồ, kéo đường ống vào nhà. Giá nước sinh hoạt áp dụng theo khung của "
                "thành phố; hộ nghèo, hộ cận nghèo được hỗ trợ theo quy định."
            ),
            (
                "Tuy vậy, vẫn còn một số hộ ngại đấu nối vì đã quen dùng nước giếng hoặc lo "
                "ngại chi phí hằng tháng. Chính quyền thôn, xóm đã tuyên truyền để người dân "
                "hiểu tác hại lâu dài của nguồn nước không bảo đảm."
            ),
            (
                "Theo kế hoạch của thành phố, người dân ngoại thành sẽ lần lượt được sử dụng "
                "nước sạch đạt chuẩn. Các địa phương được yêu cầu bố trí quỹ đất, hỗ trợ nhà "
                "đầu tư để đẩy nhanh tiến độ các dự án cấp nước."
            ),
        ),
        captions=(
            "Người dân ở {ngoai} sử dụng nước sạch.",
            "Công nhân thi công tuyến ống phân phối nước.",
        ),
    ),
    Seed(
        key="cu-tri",
        count=3,
        tags=(
            "tiếp xúc cử tri",
            "HĐND thành phố",
            "Hà Nội",
            "ý kiến cử tri",
        ),
        nums={"yk": "15-40"},
        titles=(
            "Cử tri {place} kiến nghị sớm xử lý ô nhiễm, ngập úng",
            "Tiếp xúc cử tri ở {place}: nhiều kiến nghị về đất đai, trường học",
            "Đại biểu HĐND thành phố lắng nghe cử tri {place}",
        ),
        leads=(
            (
                "Tại buổi tiếp xúc giữa đại biểu HĐND thành phố với cử tri ở {place}, {yk} ý "
                "kiến đã được nêu, tập trung vào hạ tầng, môi trường, trường lớp và thủ tục "
                "đất đai."
            ),
            (
                "Ô nhiễm môi trường, trường lớp quá tải và giấy chứng nhận quyền sử dụng đất "
                "chậm cấp là những vấn đề được cử tri {place} đề nghị các cơ quan chức năng "
                "sớm giải quyết."
            ),
        ),
        openings=(
            (
                "{Buoi}, tổ đại biểu HĐND thành phố Hà Nội ứng cử tại {place} đã tiếp xúc cử "
                "tri trước kỳ họp. Tại buổi tiếp xúc, {yk} ý kiến, kiến nghị đã được cử tri "
                "gửi tới các đại biểu."
            ),
            (
                "Hội trường nơi diễn ra buổi tiếp xúc cử tri ở {place} {buoi} chật kín "
                "người. Nhiều cử tri chuẩn bị sẵn ý kiến bằng văn bản, có người mang theo cả "
                "ảnh chụp hiện trạng đường làng, kênh mương."
            ),
        ),
        paragraphs=(
            (
                "Cử tri {a.name} phản ánh đoạn kênh chạy qua khu dân cư bị ô nhiễm nặng, mỗi "
                "khi mưa lớn lại ngập úng, đề nghị thành phố sớm bố trí vốn cải tạo. Nhiều ý "
                "kiến khác đề nghị đẩy nhanh tiến độ xây trường học vì sĩ số lớp học đang "
                "vượt chuẩn."
            ),
            (
                "Một số cử tri phản ánh việc cấp giấy chứng nhận quyền sử dụng đất còn chậm, "
                "hồ sơ phải bổ sung nhiều lần. Cử tri {b.name} đề nghị công khai rõ quy "
                "trình, thời hạn để người dân dễ theo dõi."
            ),
            (
                "Thay mặt tổ đại biểu, {c.ong} {c.name}, đại biểu HĐND thành phố đã tiếp "
                "thu, giải trình một số nội dung thuộc thẩm quyền. Những ý kiến còn lại được "
                "tổng hợp, gửi đến các cơ quan chức năng để trả lời bằng văn bản."
            ),
            (
                "Lãnh đạo địa phương cũng thông tin tiến độ một số dự án trọng điểm trên địa "
                "bàn, cam kết phối hợp với các sở, ngành rà soát, trả lời cử tri trước kỳ "
                "tiếp xúc tiếp theo."
            ),
        ),
        captions=(
            "Cử tri {place} phát biểu ý kiến tại buổi tiếp xúc.",
            "Đại biểu HĐND thành phố tiếp thu ý kiến cử tri.",
        ),
    ),
    Seed(
        key="cong-vien",
        count=2,
        tags=(
            "công viên",
            "không gian công cộng",
            "Hà Nội",
            "môi trường",
        ),
        nums={"ha": "1.2-6.5", "ty": "40-180/5"},
        titles=(
            "Hồ nước bị lãng quên ở {pho} “hồi sinh” thành công viên",
            "Thêm một không gian xanh cho người dân {pho}",
        ),
        leads=(
            (
                "Sau cải tạo, khu hồ rộng khoảng {ha}ha ở {pho} đã trở thành công viên với "
                "đường dạo, sân chơi, khu tập thể dục, thu hút đông người dân mỗi sáng, "
                "chiều."
            ),
            (
                "Từ bãi đất trống, bờ hồ nhếch nhác, địa phương đã xây dựng thành không gian "
                "xanh để người dân {pho} vui chơi, rèn luyện sức khỏe."
            ),
        ),
        openings=(
            (
                "Khu hồ ở {pho} từng là nơi đổ trộm phế thải, nước tù đọng bốc mùi. Sau gần "
                "một năm cải tạo với kinh phí khoảng {ty} tỷ đồng, nơi đây đã trở thành công "
                "viên xanh mát."
            ),
            (
                "{Buoi}, chính quyền ở {pho} đưa vào sử dụng công viên quanh hồ rộng khoảng "
                "{ha}ha, được cải tạo từ một khu hồ nhiều năm xuống cấp."
            ),
        ),
        paragraphs=(
            (
                "Công viên có đường dạo quanh hồ, sân chơi cho trẻ em, khu thể thao ngoài "
                "trời và nhiều cây bóng mát. Bờ hồ được kè đá, lắp lan can an toàn; nước "
                "thải sinh hoạt được thu gom riêng để giữ nước hồ sạch."
            ),
            (
                "{a.Ong} {a.name}, người dân sống gần hồ, cho biết: “Trước đây chẳng ai dám "
                "đi qua đây buổi tối. Giờ sáng nào tôi cũng ra đi bộ, chiều cháu ra chơi cầu "
                "trượt. Khu phố như trẻ lại”."
            ),
            (
                "Để giữ gìn công viên, địa phương thành lập tổ tự quản gồm người dân trong "
                "khu vực, phân công trực vệ sinh, nhắc nhở người dân không thả rông chó, "
                "không xả rác. Việc kinh doanh trong công viên bị nghiêm cấm."
            ),
            (
                "Thời gian tới, thành phố sẽ tiếp tục cải tạo nhiều hồ, vườn hoa nhỏ trong "
                "khu dân cư thành không gian công cộng, tăng diện tích cây xanh ở các khu "
                "vực nội đô."
            ),
        ),
        captions=(
            "Người dân tập thể dục tại công viên mới ở {pho}.",
            "Trẻ em vui chơi trong công viên.",
        ),
    ),
)
