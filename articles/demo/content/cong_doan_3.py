"""Demo stories for Công đoàn. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "cong-doan"

SEEDS = (
    Seed(
        key="no-bhxh",
        count=3,
        tags=(
            "bảo hiểm xã hội",
            "nợ bảo hiểm",
            "công đoàn",
            "người lao động",
            "kinh phí công đoàn",
        ),
        nums={
            "dn": "30-80",
            "ty": "2.1-9.6",
            "ld": "400-1800/10",
            "thang_no": "4-14",
            "nam_lv": "3-9",
        },
        titles=(
            "{dn} doanh nghiệp ở {place} chậm đóng bảo hiểm xã hội hơn {ty} tỷ đồng",
            "Công đoàn vào cuộc đòi quyền lợi cho {ld} lao động bị nợ bảo hiểm",
            "Nợ bảo hiểm xã hội kéo dài, người lao động thiệt đủ đường",
        ),
        leads=(
            (
                "Trên địa bàn {place} hiện có {dn} doanh nghiệp chậm đóng bảo hiểm xã hội từ "
                "ba tháng trở lên với tổng số tiền hơn {ty} tỷ đồng, ảnh hưởng trực tiếp đến "
                "quyền lợi của hàng nghìn người lao động."
            ),
            (
                "Nhiều tháng bị doanh nghiệp nợ bảo hiểm xã hội, hàng trăm công nhân không "
                "thể hưởng chế độ ốm đau, thai sản. Công đoàn đã vào cuộc đôn đốc và chuẩn "
                "bị hồ sơ khởi kiện."
            ),
        ),
        openings=(
            (
                "Tại hội nghị phối hợp giữa Công đoàn và cơ quan bảo hiểm xã hội tổ chức "
                "{buoi}, số liệu được công bố cho thấy khu vực {place} có {dn} doanh nghiệp "
                "chậm đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp với tổng số "
                "tiền hơn {ty} tỷ đồng."
            ),
            (
                "Đã {thang_no} tháng nay, {ld} người lao động của một doanh nghiệp ở {place} "
                "bị chậm đóng bảo hiểm xã hội. Trong khi doanh nghiệp vẫn trích phần đóng "
                "của người lao động từ tiền lương hằng tháng, số tiền này lại không được "
                "chuyển đến cơ quan bảo hiểm."
            ),
        ),
        paragraphs=(
            (
                "{nu.Anh} {nu.name}, công nhân có {nam_lv} năm làm việc tại doanh nghiệp, "
                "kể: “Tôi sinh con được hơn hai tháng mà chưa nhận được tiền thai sản vì "
                "công ty chưa chốt sổ. Hỏi thì công ty bảo đang khó khăn, chờ thêm”."
            ),
            (
                "Theo {b.ong} {b.name}, Trưởng ban Chính sách - Pháp luật của Công đoàn cấp "
                "trên, phần lớn doanh nghiệp nợ đóng là doanh nghiệp nhỏ gặp khó khăn về đơn "
                "hàng. Tuy nhiên, cũng có đơn vị cố tình chiếm dụng tiền đóng của người lao "
                "động để quay vòng vốn."
            ),
            (
                "Công đoàn đã phối hợp với cơ quan bảo hiểm xã hội gửi văn bản đôn đốc, làm "
                "việc trực tiếp với từng doanh nghiệp. Sau các buổi làm việc, một số đơn vị "
                "đã cam kết trả nợ theo lộ trình, mỗi tháng nộp một phần số tiền còn thiếu."
            ),
            (
                "Với những doanh nghiệp cố tình trốn đóng, Công đoàn chuẩn bị hồ sơ khởi "
                "kiện ra Tòa án để bảo vệ quyền lợi của người lao động theo quy định của "
                "Luật Bảo hiểm xã hội và Bộ luật Lao động. Đây là biện pháp cuối cùng nhưng "
                "cần thiết để tạo sức răn đe."
            ),
            (
                "Người lao động được khuyến cáo chủ động tra cứu quá trình đóng bảo hiểm của "
                "mình qua ứng dụng VssID để phát hiện sớm việc doanh nghiệp chậm đóng, kịp "
                "thời báo cho Công đoàn hoặc cơ quan chức năng."
            ),
            (
                "Bên cạnh đó, Công đoàn cũng đôn đốc các doanh nghiệp đóng kinh phí công "
                "đoàn đầy đủ, bởi đây là nguồn lực để chăm lo, bảo vệ quyền lợi của chính "
                "người lao động."
            ),
        ),
        endings=(
            (
                "Công đoàn khuyến cáo người lao động khi phát hiện doanh nghiệp chậm đóng "
                "bảo hiểm cần phản ánh ngay với Công đoàn cơ sở hoặc Công đoàn cấp trên để "
                "được hỗ trợ kịp thời."
            ),
            (
                "Theo cơ quan bảo hiểm xã hội, việc chậm đóng không chỉ ảnh hưởng đến quyền "
                "lợi trước mắt mà còn làm gián đoạn quá trình tham gia, ảnh hưởng đến lương "
                "hưu của người lao động sau này."
            ),
        ),
        captions=(
            "Người lao động tra cứu quá trình đóng bảo hiểm xã hội trên điện thoại.",
            "Cán bộ Công đoàn làm việc với doanh nghiệp chậm đóng bảo hiểm xã hội.",
        ),
    ),
    Seed(
        key="phuc-loi",
        count=3,
        tags=(
            "phúc lợi đoàn viên",
            "công đoàn",
            "đoàn viên",
            "ưu đãi",
            "người lao động",
        ),
        nums={"dv": "500-3000/50", "ty": "3.5-12.8", "dt": "5-15"},
        titles=(
            "Đoàn viên công đoàn ở {place} được vay vốn ưu đãi, giảm lãi suất",
            "Ký kết chương trình phúc lợi: đoàn viên mua hàng được giảm giá đến {dt}%",
            "Phúc lợi đoàn viên: thêm nhiều ưu đãi thiết thực cho người lao động {place}",
        ),
        leads=(
            (
                "Chương trình phúc lợi cho đoàn viên vừa được Công đoàn ký kết với các đối "
                "tác mang lại nhiều ưu đãi thiết thực: giảm giá hàng hóa, khám chữa bệnh và "
                "vay vốn với lãi suất thấp."
            ),
            (
                "Từ đầu năm đến nay, hơn {dv} đoàn viên công đoàn khu vực {place} đã được "
                "hưởng lợi từ các chương trình phúc lợi do tổ chức Công đoàn ký kết với "
                "doanh nghiệp, ngân hàng."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cấp trên trực tiếp khu vực {place} tổ chức lễ ký kết "
                "chương trình phúc lợi đoàn viên với một số siêu thị, phòng khám và ngân "
                "hàng trên địa bàn."
            ),
            (
                "Theo báo cáo của Công đoàn, từ đầu năm đến nay đã có hơn {dv} đoàn viên ở "
                "khu vực {place} được vay vốn ưu đãi với tổng số tiền {ty} tỷ đồng, lãi suất "
                "thấp hơn mức cho vay thông thường."
            ),
        ),
        paragraphs=(
            (
                "Theo nội dung ký kết, đoàn viên khi xuất trình thẻ đoàn viên công đoàn sẽ "
                "được giảm từ 3 đến {dt}% khi mua hàng tại hệ thống siêu thị đối tác, giảm "
                "phí khám bệnh tại các phòng khám liên kết và được ưu tiên khi mua các sản "
                "phẩm bảo hiểm."
            ),
            (
                "Với ngân hàng, đoàn viên được vay tiêu dùng không cần tài sản bảo đảm, thủ "
                "tục đơn giản, lãi suất ưu đãi. Nhiều người đã dùng khoản vay để sửa nhà, "
                "mua xe đi làm hoặc trang trải chi phí học tập cho con."
            ),
            (
                "{a.Anh} {a.name}, công nhân {cty.full}, chia sẻ: “Năm ngoái con tôi vào đại "
                "học, gia đình đang thiếu tiền thì Công đoàn giới thiệu vay ưu đãi. Thủ tục "
                "nhanh, lãi thấp, trả dần hằng tháng qua lương nên không bị áp lực”."
            ),
            (
                "Theo {b.ong} {b.name}, Phó Chủ tịch Công đoàn cấp trên trực tiếp, chương "
                "trình phúc lợi là lợi ích cụ thể để thu hút người lao động gia nhập tổ chức "
                "Công đoàn. Thời gian tới, Công đoàn sẽ mở rộng đối tác, ưu tiên những lĩnh "
                "vực gắn với nhu cầu thiết yếu như nhà ở, y tế, giáo dục."
            ),
            (
                "Để đoàn viên dễ tiếp cận, thông tin về các ưu đãi được đăng trên bảng tin, "
                "nhóm trò chuyện trực tuyến của Công đoàn cơ sở và cập nhật trên ứng dụng "
                "quản lý đoàn viên."
            ),
        ),
        captions=(
            "Lễ ký kết chương trình phúc lợi đoàn viên tại khu vực {place}.",
            "Đoàn viên công đoàn mua hàng ưu đãi tại siêu thị đối tác.",
        ),
    ),
)
