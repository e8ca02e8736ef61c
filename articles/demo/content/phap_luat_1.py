"""Demo stories for Pháp luật. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "phap-luat"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Vụ việc đang được cơ quan chức năng tiếp tục điều tra, làm rõ để xử lý theo quy "
        "định của pháp luật."
    ),
    (
        "Cơ quan công an khuyến cáo người dân nâng cao cảnh giác; khi phát hiện dấu hiệu vi "
        "phạm pháp luật cần kịp thời báo cho cơ quan chức năng gần nhất."
    ),
    (
        "Các cơ quan chức năng cho biết sẽ tiếp tục tăng cường kiểm tra, xử lý nghiêm các vi "
        "phạm, bảo vệ quyền và lợi ích hợp pháp của người dân, người lao động."
    ),
)

SEEDS = (
    Seed(
        key="lua-dao",
        count=3,
        tags=(
            "lừa đảo trực tuyến",
            "công an",
            "an ninh mạng",
            "cảnh giác",
        ),
        nums={"tr": "380-950/10", "tr1": "40-180", "nguoi": "8-40"},
        titles=(
            "Triệt phá nhóm lừa đảo “làm nhiệm vụ online”, chiếm đoạt {tr} triệu đồng",
            "Tin lời “việc nhẹ lương cao”, nữ công nhân ở {cty.area} mất {tr1} triệu đồng",
            "Công an Hà Nội cảnh báo chiêu lừa tuyển cộng tác viên qua mạng",
        ),
        leads=(
            (
                "Công an thành phố Hà Nội vừa bắt giữ nhóm đối tượng lừa đảo qua mạng bằng "
                "thủ đoạn tuyển cộng tác viên “làm nhiệm vụ”, chiếm đoạt khoảng {tr} triệu "
                "đồng của {nguoi} bị hại."
            ),
            (
                "Bị dụ dỗ làm “nhiệm vụ” đặt đơn hàng ảo để nhận hoa hồng, nhiều người lao "
                "động, sinh viên đã mất số tiền lớn; cơ quan công an đang mở rộng điều tra."
            ),
        ),
        openings=(
            (
                "Theo Công an thành phố Hà Nội, nhóm đối tượng do {a.viettat} ({a.tuoi} "
                "tuổi, trú tại {place}) cầm đầu đã lập nhiều tài khoản mạng xã hội, đăng tin "
                "tuyển cộng tác viên làm việc tại nhà với thu nhập từ 300.000 đến 500.000 "
                "đồng mỗi ngày."
            ),
            (
                "Cuối tháng trước, {nu.anh} {nu.tat}, công nhân một doanh nghiệp ở "
                "{cty.area}, đến cơ quan công an trình báo việc bị lừa mất {tr1} triệu đồng "
                "sau khi tham gia “làm nhiệm vụ” trên một ứng dụng lạ. Từ đơn trình báo, cơ "
                "quan công an đã vào cuộc xác minh."
            ),
        ),
        paragraphs=(
            (
                "Thủ đoạn của các đối tượng là dụ người tham gia làm các nhiệm vụ đơn giản "
                "như thả tim, đặt đơn hàng ảo để nhận hoa hồng. Những lần đầu, người tham "
                "gia được trả tiền đầy đủ để tạo lòng tin."
            ),
            (
                "Khi nạn nhân nạp số tiền lớn hơn, các đối tượng viện lý do “sai cú pháp”, "
                "“phải hoàn thành chuỗi nhiệm vụ” để yêu cầu nạp thêm rồi chiếm đoạt toàn "
                "bộ. Nhiều người đã vay mượn để nạp tiền với hy vọng lấy lại số tiền trước "
                "đó."
            ),
            (
                "Khám xét nơi ở của các đối tượng, cơ quan công an thu giữ nhiều điện thoại, "
                "máy tính, sim rác và tài khoản ngân hàng đứng tên người khác. Bước đầu, các "
                "đối tượng đã khai nhận hành vi phạm tội."
            ),
            (
                "Theo {b.ong} {b.name}, cán bộ Phòng Cảnh sát hình sự Công an thành phố Hà "
                "Nội, nạn nhân của thủ đoạn này phần lớn là người trẻ, công nhân, sinh viên "
                "có nhu cầu kiếm thêm thu nhập. Không có công việc nào chỉ cần bấm điện "
                "thoại mà được trả tiền cao; người dân tuyệt đối không chuyển tiền cho người "
                "lạ."
            ),
        ),
        captions=(
            "Tang vật cơ quan công an thu giữ trong vụ án.",
            "Cơ quan công an cảnh báo thủ đoạn lừa đảo tuyển cộng tác viên qua mạng.",
        ),
    ),
    Seed(
        key="phat-bhxh",
        count=3,
        tags=(
            "bảo hiểm xã hội",
            "xử phạt vi phạm hành chính",
            "doanh nghiệp",
            "thanh tra",
        ),
        nums={"dn": "8-25", "tr": "60-480/5", "no": "1.2-6.8"},
        titles=(
            "Xử phạt {dn} doanh nghiệp ở {place} chậm đóng bảo hiểm xã hội",
            "Doanh nghiệp ở {place} bị phạt {tr} triệu đồng vì nợ bảo hiểm của người lao động",
            ("Chậm đóng bảo hiểm xã hội, doanh nghiệp ở {place} bị xử phạt, buộc nộp đủ tiền lãi"),
        ),
        leads=(
            (
                "Qua thanh tra, cơ quan chức năng đã xử phạt {dn} doanh nghiệp trên địa bàn "
                "{place} vì chậm đóng, đóng không đủ bảo hiểm xã hội cho người lao động, "
                "tổng số tiền phạt {tr} triệu đồng."
            ),
            (
                "Ngoài khoản tiền phạt {tr} triệu đồng, các doanh nghiệp vi phạm ở {place} "
                "còn buộc phải đóng đủ số tiền bảo hiểm còn nợ và tiền lãi chậm đóng cho "
                "người lao động."
            ),
        ),
        openings=(
            (
                "Đoàn thanh tra liên ngành vừa công bố kết luận thanh tra việc chấp hành "
                "pháp luật về bảo hiểm xã hội tại một số doanh nghiệp ở {place}. Kết quả cho "
                "thấy {dn} đơn vị có vi phạm, tổng số tiền chậm đóng khoảng {no} tỷ đồng."
            ),
            (
                "{Buoi}, đoàn thanh tra công bố quyết định xử phạt vi phạm hành chính đối "
                "với {dn} doanh nghiệp ở {place} có hành vi chậm đóng, đóng không đủ số "
                "người thuộc diện tham gia bảo hiểm xã hội bắt buộc."
            ),
        ),
        paragraphs=(
            (
                "Các vi phạm phổ biến là chậm đóng kéo dài, đóng trên mức lương thấp hơn mức "
                "lương thực trả, không đóng cho người lao động ký hợp đồng ngắn hạn. Có "
                "doanh nghiệp vẫn khấu trừ tiền bảo hiểm vào lương hằng tháng nhưng không "
                "chuyển cho cơ quan bảo hiểm."
            ),
            (
                "Theo quy định, ngoài tiền phạt, doanh nghiệp vi phạm buộc phải đóng đủ số "
                "tiền chưa đóng và nộp tiền lãi tính trên số tiền, số ngày chậm đóng. Trường "
                "hợp có dấu hiệu tội phạm, hồ sơ sẽ được chuyển sang cơ quan điều tra."
            ),
            (
                "{a.Anh} {a.name}, công nhân một doanh nghiệp bị xử phạt, cho biết đã nhiều "
                "lần tra cứu trên ứng dụng thấy bảo hiểm “báo nợ”. “Nghe tin doanh nghiệp "
                "phải đóng đủ, chúng tôi mừng lắm, vì sắp tới tôi cần chốt sổ để hưởng chế "
                "độ”, {a.anh} {a.ten} nói."
            ),
            (
                "Đại diện Công đoàn cho biết sẽ tiếp tục phối hợp giám sát việc khắc phục "
                "của doanh nghiệp; nếu doanh nghiệp cố tình không thực hiện, Công đoàn sẽ "
                "khởi kiện để bảo vệ quyền lợi của người lao động."
            ),
        ),
        captions=(
            "Đoàn thanh tra làm việc tại một doanh nghiệp ở {place}.",
            "Người lao động tra cứu quá trình đóng bảo hiểm xã hội.",
        ),
    ),
    Seed(
        key="tai-nan",
        count=3,
        tags=(
            "tai nạn lao động",
            "an toàn lao động",
            "công trình xây dựng",
            "điều tra",
        ),
        picks={"su": "sập giàn giáo|rơi vật liệu từ trên cao|điện giật"},
        titles=(
            "Điều tra vụ tai nạn lao động khiến một công nhân tử vong ở {ngoai}",
            "Tai nạn lao động tại công trình ở {ngoai}: làm rõ trách nhiệm nhà thầu",
            "Vụ {su} ở công trình tại {ngoai}: bài học về an toàn lao động",
        ),
        leads=(
            (
                "Cơ quan chức năng đang điều tra, làm rõ nguyên nhân vụ tai nạn lao động do "
                "{su} tại một công trình xây dựng ở {ngoai}, khiến một công nhân tử vong, "
                "một người bị thương."
            ),
            (
                "Sau vụ tai nạn lao động nghiêm trọng do {su} tại công trình ở {ngoai}, cơ "
                "quan chức năng yêu cầu tạm dừng thi công, rà soát toàn bộ biện pháp bảo đảm "
                "an toàn."
            ),
        ),
        openings=(
            (
                "Theo thông tin ban đầu, khoảng 10 giờ sáng {ngay}, tại công trình xây dựng "
                "nhà xưởng ở {ngoai}, trong lúc các công nhân đang thi công thì xảy ra sự cố "
                "{su}. Vụ việc khiến {nam_gioi.anh} {nam_gioi.tat} ({nam_gioi.tuoi} tuổi, "
                "quê {que}) tử vong, một công nhân khác bị thương."
            ),
            (
                "Ngay sau khi xảy ra vụ tai nạn lao động tại công trình ở {ngoai}, lực lượng "
                "chức năng đã có mặt, phong tỏa hiện trường, đưa người bị nạn đi cấp cứu và "
                "phối hợp với các cơ quan liên quan điều tra nguyên nhân."
            ),
        ),
        paragraphs=(
            (
                "Bước đầu xác định, nhà thầu thi công chưa xây dựng đầy đủ biện pháp bảo đảm "
                "an toàn; một số công nhân chưa được huấn luyện an toàn lao động theo quy "
                "định, không sử dụng dây đai an toàn khi làm việc."
            ),
            (
                "Đoàn điều tra tai nạn lao động đã yêu cầu chủ đầu tư tạm dừng thi công hạng "
                "mục liên quan, kiểm tra toàn bộ giàn giáo, hệ thống điện trên công trường "
                "và bổ sung phương tiện bảo vệ cá nhân cho người lao động."
            ),
            (
                "Đại diện Công đoàn đã đến thăm hỏi, hỗ trợ gia đình nạn nhân, đồng thời đề "
                "nghị người sử dụng lao động thực hiện đầy đủ chế độ bồi thường, trợ cấp "
                "theo quy định của Luật An toàn, vệ sinh lao động."
            ),
            (
                "Theo luật sư {a.name}, nếu xác định có sai phạm về quy định an toàn gây hậu "
                "quả chết người, cá nhân có trách nhiệm có thể bị truy cứu trách nhiệm hình "
                "sự về tội vi phạm quy định về an toàn lao động."
            ),
        ),
        captions=(
            "Hiện trường vụ tai nạn lao động tại công trình ở {ngoai}.",
            "Lực lượng chức năng kiểm tra công trường sau vụ tai nạn.",
        ),
    ),
)
