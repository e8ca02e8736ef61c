"""Demo stories for Thời sự. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "thoi-su"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Theo kế hoạch, thành phố sẽ tiếp tục kiểm tra, đôn đốc các đơn vị liên quan, định "
        "kỳ báo cáo tiến độ và công khai kết quả để người dân cùng giám sát."
    ),
    (
        "Người dân có thể phản ánh những vấn đề liên quan qua đường dây nóng của chính quyền "
        "địa phương hoặc qua Cổng dịch vụ công của thành phố; mọi phản ánh đều được tiếp "
        "nhận và trả lời."
    ),
    (
        "Lãnh đạo thành phố yêu cầu các sở, ngành, địa phương phối hợp chặt chẽ, xử lý dứt "
        "điểm những vướng mắc phát sinh, không để người dân phải chờ đợi."
    ),
)

SEEDS = (
    Seed(
        key="thong-xe",
        count=3,
        tags=(
            "giao thông",
            "hạ tầng",
            "Hà Nội",
            "ùn tắc giao thông",
        ),
        nums={"km": "2.1-8.7", "ty": "450-2900/10", "lan": "4-6/2", "phut": "10-25/5"},
        titles=(
            "Thông xe tuyến đường dài {km}km ở {ngoai}, rút ngắn đường vào trung tâm",
            "Tuyến đường mới ở {ngoai} chính thức đưa vào sử dụng sau gần hai năm thi công",
            "Đường mới {lan} làn xe mở ra không gian phát triển cho {ngoai}",
        ),
        leads=(
            (
                "Tuyến đường dài {km}km với tổng mức đầu tư khoảng {ty} tỷ đồng vừa được "
                "thông xe, giúp người dân {ngoai} rút ngắn khoảng {phut} phút khi di chuyển "
                "vào nội đô."
            ),
            (
                "Sau gần hai năm thi công, tuyến đường mới ở {ngoai} đã hoàn thành, góp phần "
                "giảm tải cho các trục giao thông cửa ngõ {huong} Thủ đô."
            ),
        ),
        openings=(
            (
                "{Buoi}, UBND thành phố Hà Nội tổ chức lễ thông xe tuyến đường nối khu vực "
                "{ngoai} với cửa ngõ {huong} Thủ đô. Tuyến dài {km}km, mặt cắt ngang {lan} "
                "làn xe, tổng mức đầu tư khoảng {ty} tỷ đồng."
            ),
            (
                "Từ {buoi}, người dân {ngoai} đã có thể đi trên tuyến đường mới dài {km}km, "
                "thay vì phải vòng qua các tuyến quốc lộ thường xuyên ùn tắc vào giờ cao "
                "điểm."
            ),
        ),
        paragraphs=(
            (
                "Theo chủ đầu tư, dự án gặp không ít khó khăn về giải phóng mặt bằng do đi "
                "qua nhiều khu dân cư và đất nông nghiệp. Nhờ sự vào cuộc của chính quyền "
                "địa phương và sự đồng thuận của người dân, mặt bằng đã được bàn giao đầy "
                "đủ, nhà thầu tăng ca để về đích đúng hẹn."
            ),
            (
                "Tuyến đường được đầu tư đồng bộ hệ thống chiếu sáng, thoát nước, cây xanh "
                "và vỉa hè cho người đi bộ. Tại các nút giao lớn, đơn vị thi công đã lắp đặt "
                "đèn tín hiệu và biển báo theo phương án tổ chức giao thông được Sở Xây dựng "
                "Hà Nội phê duyệt."
            ),
            (
                "{a.Ong} {a.name}, người dân sống gần tuyến đường, phấn khởi: “Trước đây chở "
                "con đi học phải đi đường vòng, sáng nào cũng tắc. Giờ đường rộng, thẳng, đi "
                "nhanh hơn hẳn, hai bên lại có đèn sáng nên buổi tối cũng yên tâm”."
            ),
            (
                "Không chỉ phục vụ đi lại, tuyến đường còn được kỳ vọng mở ra quỹ đất phát "
                "triển đô thị, dịch vụ, tạo động lực kết nối các khu công nghiệp, cụm công "
                "nghiệp với trung tâm thành phố."
            ),
            (
                "Phát biểu tại buổi lễ, đại diện lãnh đạo thành phố đề nghị chính quyền địa "
                "phương quản lý chặt hành lang an toàn đường bộ, không để tái lấn chiếm; "
                "đồng thời yêu cầu chủ đầu tư sớm hoàn thiện các hạng mục phụ trợ còn lại."
            ),
        ),
        captions=(
            "Tuyến đường mới ở {ngoai} trong ngày thông xe.",
            "Các phương tiện lưu thông trên tuyến đường vừa hoàn thành.",
        ),
    ),
    Seed(
        key="mat-bang",
        count=2,
        tags=(
            "giải phóng mặt bằng",
            "hạ tầng",
            "dự án chậm tiến độ",
            "Hà Nội",
        ),
        nums={"ho": "20-80", "pct": "70-92", "ty": "800-3500/10"},
        titles=(
            "Còn {ho} hộ dân chưa bàn giao mặt bằng, dự án đường ở {ngoai} lỡ hẹn",
            "Gỡ vướng mặt bằng để dự án hạ tầng ở {ngoai} sớm về đích",
        ),
        leads=(
            (
                "Dù đã đạt khoảng {pct}% khối lượng, dự án đường giao thông có tổng mức đầu "
                "tư {ty} tỷ đồng ở {ngoai} vẫn chưa thể hoàn thành vì còn {ho} hộ dân chưa "
                "bàn giao mặt bằng."
            ),
            (
                "Những đoạn đường thi công dang dở giữa các khu dân cư ở {ngoai} đang gây "
                "nhiều bất tiện cho người dân; chính quyền đang tập trung đối thoại để gỡ "
                "vướng mặt bằng."
            ),
        ),
        openings=(
            (
                "Có mặt trên công trường dự án đường giao thông ở {ngoai} những ngày này, có "
                "thể thấy nhiều đoạn đã trải nhựa phẳng phiu nhưng lại bị “thắt cổ chai” bởi "
                "những ngôi nhà chưa giải tỏa."
            ),
            (
                "Theo báo cáo của chủ đầu tư, đến nay dự án đường giao thông ở {ngoai} đã "
                "hoàn thành khoảng {pct}% khối lượng, nhưng còn {ho} hộ dân chưa nhận tiền "
                "bồi thường, chưa bàn giao mặt bằng."
            ),
        ),
        paragraphs=(
            (
                "Nguyên nhân chủ yếu là một số hộ chưa đồng thuận với đơn giá bồi thường, hỗ "
                "trợ; có trường hợp vướng mắc về nguồn gốc đất do giấy tờ qua nhiều lần mua "
                "bán. Một số hộ đề nghị được bố trí tái định cư tại chỗ."
            ),
            (
                "{a.Ong} {a.name}, một hộ dân có đất bị thu hồi, cho biết gia đình ủng hộ dự "
                "án nhưng mong mức bồi thường sát với giá thị trường hơn. “Chúng tôi chỉ "
                "muốn có chỗ ở ổn định, không ai muốn cản trở con đường chung”, {a.ong} "
                "{a.ten} nói."
            ),
            (
                "Chính quyền địa phương đã tổ chức nhiều buổi đối thoại, giải thích chính "
                "sách, đồng thời rà soát lại hồ sơ từng trường hợp. Những nội dung vượt thẩm "
                "quyền được báo cáo thành phố xem xét, giải quyết."
            ),
            (
                "Trong khi chờ mặt bằng, người dân đi lại qua khu vực công trường gặp nhiều "
                "bất tiện: ngày nắng bụi mù, ngày mưa lầy lội. Chủ đầu tư đã được yêu cầu "
                "tưới nước giảm bụi, bố trí người hướng dẫn giao thông tại các điểm giao "
                "cắt."
            ),
            (
                "Chính quyền địa phương phấn đấu hoàn thành giải phóng mặt bằng trong quý "
                "tới; trường hợp đã được vận động nhiều lần nhưng vẫn không chấp hành sẽ "
                "được xem xét áp dụng các biện pháp theo quy định của pháp luật."
            ),
        ),
        captions=(
            "Đoạn đường thi công dang dở ở {ngoai}.",
            "Cán bộ địa phương đối thoại với người dân có đất bị thu hồi.",
        ),
    ),
    Seed(
        key="hanh-chinh",
        count=3,
        tags=(
            "cải cách hành chính",
            "dịch vụ công trực tuyến",
            "chuyển đổi số",
            "Hà Nội",
        ),
        nums={"pct": "82-97", "hs": "1200-5000/10", "phut": "10-25/5"},
        titles=(
            "Hơn {pct}% hồ sơ hành chính ở {place} được nộp qua mạng",
            "Người dân {place} làm thủ tục không cần mang giấy tờ, chỉ cần căn cước",
            "Bộ phận một cửa ở {place}: thủ tục nhanh hơn, người dân hài lòng hơn",
        ),
        leads=(
            (
                "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến tại {place} đã đạt "
                "hơn {pct}%, người dân không phải đi lại nhiều lần như trước."
            ),
            (
                "Nhờ dữ liệu dân cư được kết nối, nhiều thủ tục hành chính tại {place} nay "
                "chỉ cần căn cước và vài phút thao tác, thay vì mang theo cả tập giấy tờ."
            ),
        ),
        openings=(
            (
                "Theo số liệu của bộ phận tiếp nhận và trả kết quả ở {place}, từ đầu năm đến "
                "nay đã có khoảng {hs} hồ sơ được tiếp nhận, trong đó hơn {pct}% được nộp "
                "trực tuyến."
            ),
            (
                "Có mặt tại bộ phận một cửa ở {place} {buoi}, phóng viên ghi nhận không còn "
                "cảnh người dân xếp hàng dài chờ đến lượt. Mỗi quầy đều có cán bộ hướng dẫn, "
                "có máy tính để người dân tự nộp hồ sơ."
            ),
        ),
        paragraphs=(
            (
                "Nhiều thủ tục như đăng ký khai sinh, đăng ký thường trú, chứng thực bản sao "
                "được thực hiện hoàn toàn trên môi trường điện tử. Kết quả được trả qua ứng "
                "dụng hoặc qua đường bưu điện nếu người dân có nhu cầu."
            ),
            (
                "{a.Ong} {a.name}, người dân đến làm thủ tục chứng thực, cho biết: “Trước "
                "đây phải photo, công chứng cả tập giấy. Giờ cán bộ tra trên hệ thống là có "
                "thông tin, tôi làm xong chỉ mất khoảng {phut} phút”."
            ),
            (
                "Để hỗ trợ người cao tuổi và những người chưa quen dùng điện thoại thông "
                "minh, địa phương bố trí đoàn viên thanh niên hướng dẫn trực tiếp tại bộ "
                "phận một cửa và tại các tổ dân phố."
            ),
            (
                "Theo {b.ong} {b.name}, lãnh đạo chính quyền địa phương, khó khăn hiện nay "
                "là một số phần mềm chuyên ngành chưa kết nối thông suốt, đường truyền có "
                "lúc chậm. Địa phương đã kiến nghị cơ quan cấp trên tháo gỡ để người dân "
                "không phải chờ đợi."
            ),
            (
                "Cùng với số hóa, địa phương công khai thời gian giải quyết từng loại hồ sơ "
                "và lấy ý kiến đánh giá của người dân sau mỗi lần làm thủ tục. Những trường "
                "hợp chậm trễ đều được kiểm tra, làm rõ trách nhiệm."
            ),
        ),
        captions=(
            "Người dân làm thủ tục tại bộ phận một cửa ở {place}.",
            "Cán bộ hướng dẫn người cao tuổi nộp hồ sơ trực tuyến.",
        ),
    ),
)
